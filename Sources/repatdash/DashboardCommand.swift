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

    func run() throws {
        let source = path ?? BundledResources.snapshotsPath
        let store = try SnapshotStore.load(path: source, loader: reading.loader, now: reading.now)
        try DashboardRunLoop(sourcePath: source, store: store, display: display, fixedNow: reading.nowText.flatMap(Instant.init(rfc3339:))).run()
    }
}

/// How the screen is drawn, shared by the dashboard and `render`.
struct DisplayFlags: ParsableArguments {
    @Flag(help: "Draw with ASCII only (chosen automatically when the locale is not UTF-8).")
    var ascii = false

    @Flag(name: .customLong("no-color"), help: "Monochrome: no colours (also when NO_COLOR is set).")
    var noColor = false
}
