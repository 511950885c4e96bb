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
        discussion: "Press ? in the dashboard for every key."
    )

    @Argument(help: "A directory of snapshots or one snapshot file. Default: the bundled sample snapshots.")
    var path: String?

    @OptionGroup var display: DisplayFlags
    @OptionGroup var reading: SnapshotReadingOptions

    @Option(name: .customLong("stale-after"), help: ArgumentHelp("Say STALE when the newest snapshot is older than this many minutes.", valueName: "minutes"))
    var staleAfterMinutes: Double = DisplayOptions.defaultStaleAfterSeconds / 60

    func validate() throws {
        guard staleAfterMinutes > 0 else { throw ValidationError("--stale-after must be more than 0 minutes, got \(staleAfterMinutes)") }
    }

    func run() throws {
        try DashboardRunLoop(
            sourcePath: path ?? BundledResources.snapshotsPath, loader: reading.loader, display: display,
            options: DisplayOptions(ascii: display.ascii, staleAfterSeconds: staleAfterMinutes * 60),
            fixedNow: reading.nowText.flatMap(Instant.init(rfc3339:))
        ).run()
    }
}

/// How the screen is drawn, shared by the dashboard and `render`.
struct DisplayFlags: ParsableArguments {
    @Flag(help: "Draw with ASCII only (chosen automatically when the locale is not UTF-8).")
    var ascii = false

    @Flag(name: .customLong("no-color"), help: "Monochrome: no colours (also when NO_COLOR is set).")
    var noColor = false
}
