import Curses
import DashboardCore
import DashboardUI
import Foundation
import HTTPSnapshotSource
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
    /// Operational messages for `--log`; writes nowhere without it.
    var log: OperationsLog = .disabled

    func run() throws {
        // A URL is polled on a thread of its own; a bad --ca-file is said before the terminal is taken.
        let source: any SnapshotChangeSource
        if let http = settings?.httpSource {
            do {
                source = try HTTPSnapshotSource(settings: http)
            } catch {
                log.cannotStart("\(error)")
                throw DashboardError("\(error)")
            }
        } else {
            source = SnapshotSource(path: sourcePath)
        }
        let feed = SnapshotFeed(loader: loader)
        var store = SnapshotStore(futureToleranceSeconds: loader.futureToleranceSeconds,
                                  shiftHistory: settings?.shiftHistory ?? ShiftHistory())

        // The terminal comes before the first read, so that reading many or
        // large files shows its progress instead of a blank screen.
        let session: TerminalSession
        do {
            session = try TerminalSession(options: .init(forceMonochrome: display.noColor || settings?.theme.value == .monochrome,
                                                         mouse: options.mouse))
        } catch let error as TerminalError {
            let message = "\(error.description). For plain text output use: repatdash render"
            log.cannotStart(message)
            throw DashboardError(message)
        }
        defer { session.end() }
        log.terminalStarted(session, term: ProcessInfo.processInfo.environment["TERM"])
        let renderer = TerminalRenderer(session: session, theme: ColorTheme(depth: session.colorDepth, name: settings?.theme.value ?? .default))
        var displayOptions = options
        displayOptions.ascii = options.ascii || !session.isUTF8
        var state = AppState(sourcePath: sourcePath, now: currentTime(), width: session.columns, height: session.rows, options: displayOptions)
        if let settings { state.update(settings.startingView) }

        let reason = follow(source: source, feed: feed, store: &store, state: &state, session: session, renderer: renderer)
        if case .signal(let number) = reason { log.signalReceived(number) }
        log.exiting(reason)
    }

    /// The first read, then the loop until the operator quits, a signal
    /// comes or the terminal goes away.
    private func follow(source: any SnapshotChangeSource, feed: SnapshotFeed, store: inout SnapshotStore, state: inout AppState,
                        session: TerminalSession, renderer: TerminalRenderer) -> DashboardExitReason {
        let first = read(source.initialScan(), occasion: .startup, feed: feed, store: &store, state: &state,
                         session: session, renderer: renderer, overDashboard: false)
        if let stop = first.progress.stopReason { return stop }
        var watchedWith = source.mechanism
        log.watching(watchedWith, path: sourcePath)
        state.update(.sourceStatus(problem: source.problem))
        // What keys typed while files were read asked for (they went through
        // `update` then), and what the first snapshots' alerts ask for.
        var carriedEffects = first.progress.effects
        carriedEffects += state.update(.snapshots(store))

        while true {
            renderer.apply(DashboardView.render(state))
            let terminalGone = waitForInput(source: source, wait: carriedEffects.isEmpty)
            if let signal = session.pendingTerminationSignal { return .signal(signal) }

            var effects = carriedEffects
            carriedEffects = []
            for input in session.readInputs() {
                if input == .key(.resize) {
                    log.resized(columns: session.columns, rows: session.rows)
                    effects += state.update(.resize(width: session.columns, height: session.rows))
                } else {
                    let answered = state.update(input.event)
                    SnapshotReread.answer(answered, loader: loader, now: currentTime(), state: &state)
                    effects += answered
                }
                if effects.contains(.quit) { return .quitKey }
            }
            // The terminal hung up (the SSH link dropped) and no SIGHUP came:
            // poll() would report it at once forever, a spinning orphan.
            if terminalGone { return .terminalHungUp }
            let now = currentTime()
            effects += state.update(.tick(now))
            // A snapshot held aside as dated ahead of the clock joins when the clock reaches it.
            let takenIn = store.advanceClock(to: now)
            if !takenIn.isEmpty {
                log.heldAsideReached(takenIn)
                effects += state.update(.snapshots(store))
            }
            var changes = source.changes()
            var occasion = SnapshotReadOccasion.update
            if effects.contains(.rescan) {
                log.rescanRequested()
                changes += source.rescan()
                occasion = .rescan
            }
            if source.mechanism != watchedWith {
                watchedWith = source.mechanism
                log.watching(watchedWith, path: sourcePath)
            }
            if !changes.isEmpty || occasion == .rescan {
                let reading = read(changes, occasion: occasion, feed: feed, store: &store, state: &state,
                                   session: session, renderer: renderer, overDashboard: true)
                if let stop = reading.progress.stopReason { return stop }
                carriedEffects = reading.progress.effects
                let result = reading.result
                if result.storeChanged || !result.problems.isEmpty || result.recovered {
                    state.update(.sourceStatus(problem: source.problem))
                    effects += state.update(.snapshots(store))
                }
            }
            perform(effects, session: session)
            if effects.contains(.repaintAll) { renderer.forceFullRepaint() }
            // `e`: the file goes in the directory the dashboard was started from; the status line says where.
            for case .exportTable(let request) in effects {
                let outcome = ExportFileWriter.write(request)
                log.exported(outcome)
                state.update(.exportFinished(outcome))
            }
        }
    }

    /// The alert effects: each transition to the log, the bell to the terminal.
    private func perform(_ effects: [Effect], session: TerminalSession) {
        for effect in effects {
            switch effect {
            case .alerts(let transitions): log.alerts(transitions)
            case .bell: session.ringBell()
            default: break
            }
        }
    }

    /// Reads `changes` into the store, showing progress when that takes a
    /// while (over the dashboard, or on a blank screen at start-up), and logs
    /// what was read and rejected. Keys typed meanwhile change `state` through
    /// `update`, as at any other time.
    private func read(_ changes: [SnapshotSourceChange], occasion: SnapshotReadOccasion, feed: SnapshotFeed, store: inout SnapshotStore,
                      state: inout AppState, session: TerminalSession, renderer: TerminalRenderer, overDashboard: Bool)
        -> (result: SnapshotFeedResult, progress: SnapshotReadProgressDisplay) {
        let progress = SnapshotReadProgressDisplay(session: session, renderer: renderer, ascii: options.ascii || !session.isUTF8,
                                                   state: state, overDashboard: overDashboard)
        defer { state = progress.state }
        let started = ContinuousClock.now
        let result = feed.apply(changes, to: &store, now: currentTime()) { tally in
            // Before each file, so a log at debug level shows which file a slow or stuck read is on.
            log.reading(tally.currentPath)
            return progress.report(tally)
        }
        let elapsed = (ContinuousClock.now - started).components
        log.read(changes, result: result, occasion: occasion,
                 seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
        return (result, progress)
    }

    /// Sleeps until the terminal has input, the source has events, the source
    /// wants a polling pass, or the next second begins (countdowns tick on the
    /// second). A signal (SIGWINCH, SIGTERM) ends the wait early too. With
    /// `wait` false it only looks (keys are already waiting to be handled).
    /// Returns true when the terminal is gone (hang-up or error on stdin).
    private func waitForInput(source: any SnapshotChangeSource, wait: Bool) -> Bool {
        var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
        if let descriptor = source.fileDescriptor {
            descriptors.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0))
        }
        var timeout = wait ? millisecondsToNextSecond() : 0
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
