import Curses
import DashboardCore
import DashboardUI
import Foundation

/// Joins the terminal, the clock and the state: read a key (or time out at
/// the next whole second), update, render, write only what changed.
struct DashboardRunLoop {
    let sourcePath: String
    let store: SnapshotStore
    let display: DisplayFlags
    /// `--now`: a frozen clock, for demonstrations and tests.
    let fixedNow: Instant?

    func run() throws {
        let session: TerminalSession
        do {
            session = try TerminalSession(options: .init(forceMonochrome: display.noColor))
        } catch let error as TerminalError {
            throw DashboardError("\(error.description). For plain text output use: repatdash render")
        }
        defer { session.end() }
        let renderer = TerminalRenderer(session: session, theme: ColorTheme(depth: session.colorDepth))
        var state = AppState(
            sourcePath: sourcePath, now: currentTime(), width: session.columns, height: session.rows,
            options: DisplayOptions(ascii: display.ascii || !session.isUTF8)
        )
        state.update(.snapshots(store))

        while true {
            renderer.apply(DashboardView.render(state))
            let key = session.readKey(timeoutMilliseconds: millisecondsToNextSecond())
            if session.pendingTerminationSignal != nil { return }
            var effects: [Effect] = []
            if let key {
                if key == .resize {
                    effects += state.update(.resize(width: session.columns, height: session.rows))
                } else {
                    effects += state.update(.key(key))
                }
            }
            state.update(.tick(currentTime()))
            if effects.contains(.quit) { return }
            if effects.contains(.repaintAll) { renderer.forceFullRepaint() }
        }
    }

    private func currentTime() -> Instant { fixedNow ?? Instant(Date()) }

    /// Wake just after the next second boundary, so countdowns tick on the
    /// second and an idle dashboard sleeps instead of polling.
    private func millisecondsToNextSecond() -> Int {
        let now = Date().timeIntervalSince1970
        return Int((1 - (now - now.rounded(.down))) * 1000) + 5
    }
}

struct DashboardError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
