import Curses
import DashboardCore
import DashboardUI
import Glibc
import SnapshotSources

/// Watches over one long read of snapshot files (start-up, `r`, a directory
/// replaced at once). Called by `SnapshotFeed` before each file, it draws
/// `LoadingScreen` at most every 100 ms, and between files it looks at the
/// terminal: q (or Ctrl-C as a key), SIGINT/SIGTERM/SIGHUP and a hang-up stop
/// the read, other keys are kept for the dashboard afterwards.
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
    /// The dashboard under the box; nil at start-up (a blank screen).
    private var background: AppState?
    private let startedAt = ContinuousClock.now
    private var lastFrameAt: ContinuousClock.Instant?

    /// Set when the read was stopped, and why.
    private(set) var stopReason: DashboardExitReason?
    /// Keys typed during the read (resizes too), in order, for the dashboard to handle after it.
    private(set) var heldKeys: [Key] = []
    /// The box has been drawn at least once.
    private var didDraw = false

    init(session: TerminalSession, renderer: TerminalRenderer, ascii: Bool, background: AppState?) {
        self.session = session
        self.renderer = renderer
        self.ascii = ascii
        self.background = background
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
            due = now - startedAt >= Self.frameInterval || (background == nil && progress.byteCount >= Self.largeReadBytes)
        }
        if due {
            draw(progress)
            lastFrameAt = now
        }
        return true
    }

    private func draw(_ progress: SnapshotReadProgress) {
        var screen: Screen
        if let background {
            screen = DashboardView.render(background)
            LoadingScreen.draw(progress, on: &screen, ascii: ascii)
        } else {
            screen = LoadingScreen.render(progress, width: session.columns, height: session.rows, ascii: ascii)
        }
        renderer.apply(screen)
        didDraw = true
    }

    /// The terminal between two files, without waiting: a hang-up, a
    /// termination signal or q ends the read; other keys wait in `heldKeys`.
    private func terminalWantsToStop() -> DashboardExitReason? {
        if let signal = session.pendingTerminationSignal { return .signal(signal) }
        var terminal = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        if poll(&terminal, 1, 0) > 0, terminal.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .terminalHungUp }
        // At start-up keys wait until the box is up: ncurses' first read
        // would refresh (and clear) the screen, and the first frame clears it again.
        guard didDraw || background != nil else { return nil }
        // Asked even when poll saw no input: a resize (SIGWINCH) reaches
        // ncurses as a flag, and only reading a key turns it into `.resize`.
        while let key = session.readKey(timeoutMilliseconds: 0) {
            switch key {
            case .character("q"), .control("c"):
                return .quitKey
            case .resize:
                background?.update(.resize(width: session.columns, height: session.rows))
                renderer.forceFullRepaint()
                lastFrameAt = nil
                heldKeys.append(key)
            default:
                heldKeys.append(key)
            }
        }
        return nil
    }
}
