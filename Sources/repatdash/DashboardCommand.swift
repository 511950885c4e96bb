import ArgumentParser
import Curses
import DashboardCore
import DashboardUI
import Foundation

/// `repatdash [PATH]`: the full-screen dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Open the dashboard on a directory of snapshots or one snapshot file (the default command).",
        discussion: """
            Press ? in the dashboard for every key. Settings come from the command line, then the config file \
            ($XDG_CONFIG_HOME/repatdash/config.toml, or --config FILE), then built-in defaults; \
            `repatdash config --print` shows them and where each came from.
            """
    )

    @Argument(help: "A directory of snapshots, one snapshot file, or an http(s) URL of one snapshot. Default: snapshot_url or snapshot_path in the config file, else the bundled sample snapshots.")
    var path: String?

    @OptionGroup var display: DisplayFlags
    @OptionGroup var reading: SnapshotReadingOptions
    @OptionGroup var settingOptions: DashboardSettingOptions
    @OptionGroup var logging: LogOptions

    /// What a dashboard command line sets; `config --print` takes the same options and reads them the same way.
    static func commandLineSettings(path: String?, display: DisplayFlags, reading: SnapshotReadingOptions,
                                    settingOptions: DashboardSettingOptions) -> CommandLineSettings {
        CommandLineSettings(
            configPath: settingOptions.configuration.configPath, snapshotPath: path,
            staleAfterMinutes: settingOptions.staleAfterMinutes, crossingPoint: settingOptions.point,
            // A sort that names no district column is refused in validate(), before this.
            sort: try? settingOptions.configuration.districtSort(), theme: settingOptions.theme,
            noColor: display.noColor, noMouse: settingOptions.noMouse, maxSizeMiB: reading.maxSizeMiB, futureToleranceMinutes: reading.futureToleranceMinutes,
            historyHours: settingOptions.configuration.historyHours,
            pollIntervalSeconds: settingOptions.pollIntervalSeconds, caFile: reading.caFile
        )
    }

    func run() throws {
        let settings = try DashboardSettings.load(
            Self.commandLineSettings(path: path, display: display, reading: reading, settingOptions: settingOptions))
        // Before the terminal is touched: a bad --log path is a usage error (status 2) the operator can read.
        let log: OperationsLog
        switch OperationsLog.open(logging) {
        case .success(let opened): log = opened
        case .failure(let error):
            MessageOutput.standardError("repatdash: \(error.description)")
            throw ExitCode(2)
        }
        log.started(version: RepatdashCommand.version, settings: settings, display: display, fixedNow: reading.nowText,
                    logLevel: logging.logLevel)
        // After the terminal is given back: the only place left to say it.
        defer { if let failure = log.failureMessage { MessageOutput.standardError("repatdash: \(failure)") } }
        try DashboardRunLoop(
            sourcePath: settings.snapshotPath.value, loader: settings.loader, display: display,
            options: settings.displayOptions(ascii: display.ascii),
            fixedNow: reading.nowText.flatMap(Instant.init(rfc3339:)),
            settings: settings,
            log: log
        ).run()
    }
}

/// How the screen is drawn, shared by the dashboard and `render`.
struct DisplayFlags: ParsableArguments {
    @Flag(help: "Draw with ASCII only (chosen automatically when the locale is not UTF-8).")
    var ascii = false

    @Flag(name: .customLong("no-color"), help: "Monochrome: no colours (also when NO_COLOR is set), whatever the theme.")
    var noColor = false
}
