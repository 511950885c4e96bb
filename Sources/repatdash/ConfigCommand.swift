import ArgumentParser
import DashboardCore
import Foundation

/// `repatdash config`: what the dashboard would start with, and from where.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show the effective settings and where each came from, or the config file's path.",
        discussion: """
            Takes the same options as the dashboard, so `repatdash config --print --theme monochrome` shows what \
            `repatdash --theme monochrome` would use. A config file with problems is reported (FILE:LINE: message) \
            with exit status 2, as the dashboard would. Keys: snapshot_path, stale_after_minutes, crossing_point, \
            sort, theme, max_size_mib (see config.example.toml).
            """
    )

    @Flag(name: .customLong("print"), help: "Print the effective settings as TOML, each with where it came from (the default).")
    var printSettings = false

    @Flag(name: .customLong("path"), help: "Print the path of the config file that would be read, whether or not it exists.")
    var printPath = false

    @Argument(help: "A directory of snapshots or one snapshot file, as for the dashboard.")
    var path: String?

    @OptionGroup var display: DisplayFlags
    @OptionGroup var reading: SnapshotReadingOptions
    @OptionGroup var settingOptions: DashboardSettingOptions

    func validate() throws {
        if printSettings && printPath { throw ValidationError("--print and --path are alternatives: give one") }
    }

    func run() throws {
        let commandLine = DashboardCommand.commandLineSettings(
            path: path, display: display, reading: reading, settingOptions: settingOptions)
        if printPath {
            let location = ConfigurationFileLocation.locate(commandLine: commandLine.configPath, environment: ProcessInfo.processInfo.environment)
            guard let file = location.path else {
                MessageOutput.standardError("no config file is read: \(location.summary(wasRead: false))")
                throw ExitCode.failure
            }
            MessageOutput.standardOutput(TerminalSafeText.escaped(file))
            return
        }
        let settings = try DashboardSettings.load(commandLine)
        MessageOutput.standardOutput(SettingsReport(settings: settings).text)
    }
}
