import Curses
import DashboardCore
import DashboardUI
import Glibc
import SnapshotSources

/// Watches over one long read of snapshot files (start-up, `r`, a directory
/// replaced at once). Called by `SnapshotFeed` before each file, it draws
/// `LoadingScreen` at most every 100 ms, and between files it looks at the
/// terminal: SIGINT/SIGTERM/SIGHUP and a hang-up stop the read; keys go
/// through the dashboard's one `update` as they arrive, so they mean what they
/// mean at any other moment (`q` typed into an open filter is a letter of it),
/// and a key whose effect is to quit stops the read. The other effects wait
/// in `effects` for the run loop.
///
/// A read that is over within 100 ms draws nothing, so an ordinary update
/// never flashes a box. At start-up, a read that is large from the outset
/// (many megabytes) draws before its first file, since one big file alone can
/// take seconds and the screen has nothing else to show; over the dashboard
/// the figures on screen are worth more than a box for one large file.
final class SnapshotReadProgressDisplay {
    static let frameInterval = Duration.milliseconds(100)
    /// From this size on, the first frame at start-up comes before the first file.
    static let largeReadBytes = 16_000_000

    private let session: TerminalSession
    private let renderer: TerminalRenderer
    private let ascii: Bool
    /// The dashboard's state, which keys typed during the read change; the
    /// run loop takes it back afterwards.
    private(set) var state: AppState
    /// Draw the dashboard under the box; false at start-up (a blank screen, no figures yet).
    private let overDashboard: Bool
    private let startedAt = ContinuousClock.now
    private var lastFrameAt: ContinuousClock.Instant?

    /// Set when the read was stopped, and why.
    private(set) var stopReason: DashboardExitReason?
    /// What keys typed during the read asked of the world (export, rescan,
    /// repaint), in order, for the run loop to do after it.
    private(set) var effects: [Effect] = []
    /// The box has been drawn at least once.
    private var didDraw = false

    init(session: TerminalSession, renderer: TerminalRenderer, ascii: Bool, state: AppState, overDashboard: Bool) {
        self.session = session
        self.renderer = renderer
        self.ascii = ascii
        self.state = state
        self.overDashboard = overDashboard
    }

    /// `SnapshotFeed`'s progress callback: false stops the read.
    func report(_ progress: SnapshotReadProgress) -> Bool {
        if let reason = terminalWantsToStop() {
            stopReason = reason
            return false
        }
        let now = ContinuousClock.now
        let due: Bool
        if let lastFrameAt {
            due = now - lastFrameAt >= Self.frameInterval
        } else {
            due = now - startedAt >= Self.frameInterval || (!overDashboard && progress.byteCount >= Self.largeReadBytes)
        }
        if due {
            draw(progress)
            lastFrameAt = now
        }
        return true
    }

    private func draw(_ progress: SnapshotReadProgress) {
        var screen: Screen
        if overDashboard {
            screen = DashboardView.render(state)
            LoadingScreen.draw(progress, on: &screen, ascii: ascii, quitKey: state.quitKeyName)
        } else {
            screen = LoadingScreen.render(progress, width: session.columns, height: session.rows, ascii: ascii, quitKey: state.quitKeyName)
        }
        renderer.apply(screen)
        didDraw = true
    }

    /// The terminal between two files, without waiting: a hang-up, a
    /// termination signal or a key that quits ends the read; every key goes
    /// through `update`.
    private func terminalWantsToStop() -> DashboardExitReason? {
        if let signal = session.pendingTerminationSignal { return .signal(signal) }
        var terminal = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        if poll(&terminal, 1, 0) > 0, terminal.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .terminalHungUp }
        // At start-up keys wait until the box is up: ncurses' first read
        // would refresh (and clear) the screen, and the first frame clears it again.
        guard didDraw || overDashboard else { return nil }
        // Asked even when poll saw no input: a resize (SIGWINCH) reaches
        // ncurses as a flag, and only reading a key turns it into `.resize`.
        for input in session.readInputs() {
            let keyEffects = input == .key(.resize)
                ? state.update(.resize(width: session.columns, height: session.rows))
                : state.update(input.event)
            if keyEffects.contains(.quit) { return .quitKey }
            effects += keyEffects
            // Show what the key did (a filter being typed) at the next file, not a frame later.
            lastFrameAt = nil
            if input == .key(.resize) { renderer.forceFullRepaint() }
        }
        return nil
    }
}
