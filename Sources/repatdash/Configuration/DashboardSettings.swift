import ArgumentParser
import Curses
import DashboardCore
import DashboardUI
import Foundation
import HTTPSnapshotSource

/// The settings the dashboard and `render` start with, merged from the
/// command line (first), the environment, the config file, and the built-in
/// defaults (last), each remembering where it came from.
struct DashboardSettings {
    let file: ConfigurationFileLocation
    /// False when the file does not exist (only allowed for the default file).
    let fileWasRead: Bool
    var snapshotPath: Setting<String>
    var staleAfterMinutes: Setting<Double>
    /// Nil: the snapshot's first point (Torkham when present).
    var crossingPoint: Setting<String?>
    var sort: Setting<DistrictSort>
    var theme: Setting<ColorThemeName>
    var maxSizeMiB: Setting<Int>
    /// A snapshot dated more than this ahead of the clock is held aside.
    var futureToleranceMinutes: Setting<Double>
    var historyHours: Setting<Int>
    var shiftStarts: Setting<ShiftStarts>
    /// Ring the terminal bell when an alert turns critical (off unless the file says `bell = true`).
    var bell: Setting<Bool>
    /// Take the mouse (on unless `mouse = false` or `--no-mouse`).
    var mouse: Setting<Bool>
    /// The file's `[[alert]]` rules; none when it has none.
    var alertRules: Setting<[AlertRule]>
    /// How often a URL source is asked again (a directory is watched, not polled by this).
    var pollIntervalSeconds: Setting<Int>
    /// Nil: the system's CA bundle.
    var caFile: Setting<String?>

    /// Finds, reads and checks the config file and merges it with
    /// `commandLine`. Throws `ConfigurationError` for any problem in the file.
    static func resolve(commandLine: CommandLineSettings, environment: [String: String],
                        bundledSnapshots: @autoclosure () -> String) throws -> DashboardSettings {
        let location = ConfigurationFileLocation.locate(commandLine: commandLine.configPath, environment: environment)
        var file: ConfigurationFile?
        if let path = location.path {
            var status = stat()
            if stat(path, &status) == 0 {
                file = try ConfigurationFile.read(path: path, environment: environment)
            } else if errno != ENOENT {
                // A directory on the way that cannot be searched (EACCES) hides a file that may well be
                // there: built-in defaults would silently replace the administrator's settings.
                let reason = ErrorWording.errnoText(errno)
                throw ConfigurationError([ConfigurationProblem(file: path, line: nil, message: "cannot look for the config file: \(reason)")])
            } else if location.isExplicit {
                // A file the operator named but that is not there is a typo to report, not a reason for defaults.
                throw ConfigurationError([ConfigurationProblem(file: path, line: nil, message: "no such config file (named by \(location.chosenBy))")])
            }
        }

        func pick<Value>(_ option: Value?, _ optionName: String, _ fromFile: Setting<Value>?, _ builtIn: Value) -> Setting<Value> {
            if let option { return Setting(value: option, origin: .commandLine(optionName)) }
            return fromFile ?? Setting(value: builtIn, origin: .builtIn)
        }

        var crossingPoint = Setting<String?>(value: nil, origin: .builtIn)
        if let point = commandLine.crossingPoint {
            crossingPoint = Setting(value: point, origin: .commandLine("--point"))
        } else if let point = file?.crossingPoint {
            crossingPoint = Setting(value: point.value, origin: point.origin)
        }

        // --no-color and NO_COLOR keep their meaning (no colour at all) over any theme.
        var theme = pick(commandLine.theme, "--theme", file?.theme, .default)
        if commandLine.noColor {
            theme = Setting(value: .monochrome, origin: .commandLine("--no-color"))
        } else if !ColorDepth.colorAllowed(noColor: environment["NO_COLOR"], forceMonochrome: false) {
            theme = Setting(value: .monochrome, origin: .environment("NO_COLOR"))
        }

        // A URL in the file (snapshot_url) stands where snapshot_path would.
        let fileSource = file?.snapshotURL ?? file?.snapshotPath
        var caFile = Setting<String?>(value: nil, origin: .builtIn)
        if let path = commandLine.caFile {
            caFile = Setting(value: path, origin: .commandLine("--ca-file"))
        } else if let path = file?.caFile {
            caFile = Setting(value: path.value, origin: path.origin)
        }

        return DashboardSettings(
            file: location,
            fileWasRead: file != nil,
            snapshotPath: pick(commandLine.snapshotPath, "PATH", fileSource, bundledSnapshots()),
            staleAfterMinutes: pick(commandLine.staleAfterMinutes, "--stale-after", file?.staleAfterMinutes, DisplayOptions.defaultStaleAfterSeconds / 60),
            crossingPoint: crossingPoint,
            sort: pick(commandLine.sort, "--sort", file?.sort, .builtIn),
            theme: theme,
            maxSizeMiB: pick(commandLine.maxSizeMiB, "--max-size", file?.maxSizeMiB, SnapshotLoader.defaultSizeLimit >> 20),
            futureToleranceMinutes: pick(commandLine.futureToleranceMinutes, "--future-tolerance", file?.futureToleranceMinutes,
                                         SnapshotReadingOptions.defaultFutureToleranceMinutes),
            historyHours: pick(commandLine.historyHours, "--history-hours", file?.historyHours, ShiftHistory.defaultHours),
            shiftStarts: file?.shiftStarts ?? Setting(value: .default, origin: .builtIn),
            bell: pick(nil, "", file?.bell, false),
            mouse: pick(commandLine.noMouse ? false : nil, "--no-mouse", file?.mouse, true),
            alertRules: pick(nil, "", file?.alertRules, []),
            pollIntervalSeconds: pick(commandLine.pollIntervalSeconds, "--poll-interval", file?.pollIntervalSeconds,
                                      HTTPSourceSettings.defaultPollIntervalSeconds),
            caFile: caFile
        )
    }

    var loader: SnapshotLoader {
        SnapshotLoader(sizeLimit: maxSizeMiB.value << 20, futureToleranceSeconds: futureToleranceMinutes.value * 60)
    }

    /// The HTTP source's settings when the snapshot source is a URL; nil for a path.
    var httpSource: HTTPSourceSettings? {
        guard HTTPSourceSettings.isURL(snapshotPath.value) else { return nil }
        return HTTPSourceSettings(url: snapshotPath.value, pollIntervalSeconds: pollIntervalSeconds.value, caFile: caFile.value,
                                  sizeLimit: maxSizeMiB.value << 20)
    }

    func displayOptions(ascii: Bool) -> DisplayOptions {
        DisplayOptions(ascii: ascii, staleAfterSeconds: staleAfterMinutes.value * 60, shiftStarts: shiftStarts.value,
                       alertRules: alertRules.value, bell: bell.value, mouse: mouse.value)
    }

    /// An empty history bounded by `history_hours`.
    var shiftHistory: ShiftHistory { ShiftHistory(hours: historyHours.value) }

    /// The starting sort and crossing point, for a state that has no
    /// snapshot yet (so the first rows are already in this order).
    var startingView: Event {
        .startingView(sortColumn: sort.value.column, ascending: sort.value.ascending, point: crossingPoint.value)
    }
}

extension DashboardSettings {
    /// `resolve` for a command: a bad config file is printed (one problem a
    /// line, `FILE:LINE: message`) and ends the command with status 2, the
    /// status of every other usage error, before any terminal is touched.
    static func load(_ commandLine: CommandLineSettings) throws -> DashboardSettings {
        do {
            return try resolve(commandLine: commandLine, environment: ProcessInfo.processInfo.environment,
                               bundledSnapshots: BundledResources.snapshotsPath)
        } catch let error as ConfigurationError {
            MessageOutput.standardError(error.description)
            throw ExitCode(2)
        }
    }
}
