import ArgumentParser
import DashboardCore
import Foundation

@main
struct RepatdashCommand: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "repatdash",
        abstract: "Terminal dashboard for repatriation snapshots: camps by district, border crossings, deadlines.",
        version: "repatdash \(version) (reads snapshot schema version \(Snapshot.supportedSchemaVersion))",
        subcommands: [DashboardCommand.self, RenderCommand.self, ValidateCommand.self, GenerateCommand.self, ReplayCommand.self, ConfigCommand.self, CheckCommand.self],
        defaultSubcommand: DashboardCommand.self
    )

    /// Usage errors exit with 2, as `validate` promises producers' pipelines
    /// (ArgumentParser's own default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure, CommandLine.arguments.dropFirst().first == CheckCommand.configuration.commandName {
                // A monitoring plugin's usage error is UNKNOWN (3), on stdout, which is all the monitoring reads.
                FileHandle.standardOutput.write(Data(("UNKNOWN - " + PluginText.oneLine(fullMessage(for: error)) + "\n").utf8))
                Foundation.exit(PluginState.unknown.rawValue)
            }
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
