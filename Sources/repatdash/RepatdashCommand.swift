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
    /// (ArgumentParser's own default is 64). Every error is said in plain
    /// words (never Foundation's) and through `MessageOutput`, so an argument
    /// or a name echoed in it cannot carry a control character to the terminal.
    static func main() {
        if let paths = ValidateFastPath.paths(in: CommandLine.arguments), let status = ValidateFastPath.run(paths: paths) {
            Foundation.exit(status)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            // --help and --version: the argument parser prints them to stdout.
            if code == .success { exit(withError: error) }
            let message = message(for: error)
            if code == .validationFailure, CommandLine.arguments.dropFirst().first == CheckCommand.configuration.commandName {
                // A monitoring plugin's usage error is UNKNOWN (3), on stdout, which is all the monitoring reads.
                MessageOutput.standardOutput("UNKNOWN - " + PluginText.oneLine(message))
                Foundation.exit(PluginState.unknown.rawValue)
            }
            if !message.isEmpty { MessageOutput.standardError(message) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    /// The argument parser's wording for its own errors (usage, validation,
    /// `ExitCode` with no message); plain words for everything else.
    static func message(for error: Error) -> String {
        if error is ExitCode { return "" }
        if isArgumentParserError(error) { return fullMessage(for: error) }
        return "Error: " + ErrorWording.plain(error)
    }

    private static func isArgumentParserError(_ error: Error) -> Bool {
        error is ValidationError || error is CleanExit || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }
}
