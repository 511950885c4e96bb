import Curses
import DashboardCore
import DashboardUI
import Foundation
import SnapshotSources

/// Joins the terminal, the clock and the snapshot source. It sleeps in
/// poll() on the terminal and the source (inotify) until a key, a file event,
/// a signal or the next whole second; then it updates the state and writes
/// only the cells that changed.
struct DashboardRunLoop {
    let sourcePath: String
    let loader: SnapshotLoader
    let display: DisplayFlags
    let options: DisplayOptions
    /// `--now`: a frozen clock, for demonstrations and tests.
    let fixedNow: Instant?
    /// Theme, starting sort and crossing point from the config file or the command line.
    var settings: DashboardSettings? = nil

    func run() throws {
        let source = SnapshotSource(path: sourcePath)
        let feed = SnapshotFeed(loader: loader)
        var store = SnapshotStore()
        _ = feed.apply(source.initialScan(), to: &store, now: currentTime())

        let session: TerminalSession
        do {
            session = try TerminalSession(options: .init(forceMonochrome: display.noColor || settings?.theme.value == .monochrome))
        } catch let error as TerminalError {
            throw DashboardError("\(error.description). For plain text output use: repatdash render")
        }
        defer { session.end() }
        let renderer = TerminalRenderer(session: session, theme: ColorTheme(depth: session.colorDepth, name: settings?.theme.value ?? .default))
        var displayOptions = options
        displayOptions.ascii = options.ascii || !session.isUTF8
        var state = AppState(sourcePath: sourcePath, now: currentTime(), width: session.columns, height: session.rows, options: displayOptions)
        settings?.applyStartingView(to: &state)
        state.update(.snapshots(store))
        settings?.matchPointSpelling(in: &state)

        while true {
            renderer.apply(DashboardView.render(state))
            let terminalGone = waitForInput(source: source)
            if session.pendingTerminationSignal != nil { return }

            var effects: [Effect] = []
            // Drain every key ncurses has: a paste or a held key must not lag a frame per key.
            while let key = session.readKey(timeoutMilliseconds: 0) {
                if key == .resize {
                    effects += state.update(.resize(width: session.columns, height: session.rows))
                } else {
                    effects += state.update(.key(key))
                }
                if effects.contains(.quit) { return }
            }
            // The terminal hung up (the SSH link dropped) and no SIGHUP came:
            // poll() would report it at once forever, a spinning orphan.
            if terminalGone { return }
            state.update(.tick(currentTime()))
            var changes = source.changes()
            if effects.contains(.rescan) { changes += source.rescan() }
            if !changes.isEmpty {
                let result = feed.apply(changes, to: &store, now: currentTime())
                if result.storeChanged || !result.problems.isEmpty || result.recovered {
                    state.sourceProblem = source.problem
                    state.update(.snapshots(store))
                }
            }
            if effects.contains(.repaintAll) { renderer.forceFullRepaint() }
            // `e`: the file goes in the directory the dashboard was started from; the status line says where.
            for case .exportTable(let request) in effects {
                state.update(.exportFinished(ExportFileWriter.write(request)))
            }
        }
    }

    /// Sleeps until the terminal has input, the source has events, the source
    /// wants a polling pass, or the next second begins (countdowns tick on the
    /// second). A signal (SIGWINCH, SIGTERM) ends the wait early too.
    /// Returns true when the terminal is gone (hang-up or error on stdin).
    private func waitForInput(source: SnapshotSource) -> Bool {
        var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
        if let descriptor = source.fileDescriptor {
            descriptors.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0))
        }
        var timeout = millisecondsToNextSecond()
        if let next = source.millisecondsUntilNextCheck { timeout = min(timeout, max(0, next)) }
        _ = poll(&descriptors, nfds_t(descriptors.count), Int32(timeout))
        return descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private func currentTime() -> Instant { fixedNow ?? Instant(Date()) }

    private func millisecondsToNextSecond() -> Int {
        let now = Date().timeIntervalSince1970
        return Int((1 - (now - now.rounded(.down))) * 1000) + 5
    }
}

struct DashboardError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
