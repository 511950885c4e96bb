import DashboardCore
import Dispatch
import Foundation
import Glibc
import SnapshotSources

/// Follows one snapshot URL for the dashboard. A thread of its own polls
/// (conditional GETs every poll interval, backing off while the source
/// fails), so a request in flight never holds up keys or countdowns; each
/// outcome is queued and a byte on a pipe wakes the run loop's `poll()`.
///
/// Bodies come out as `fetched` changes under the URL, so the feed judges and
/// stores them exactly as it would a file of that name: a bad body is
/// rejected and the last good snapshot stays. Failures come out as
/// `problem` ("source unreachable since 14:05: connection refused"), the
/// first answer after them as `recovered`.
public final class HTTPSnapshotSource: SnapshotChangeSource, @unchecked Sendable {
    /// How long `initialScan` waits for the first answer before the dashboard opens without it.
    public static let firstAnswerWaitMilliseconds = 3000

    public let path: String
    public let mechanism: WatchMechanism
    /// Read and written on the run loop's thread only (from `changes()`).
    public private(set) var problem: String?
    public var fileDescriptor: Int32? { wakeRead }
    /// The pipe announces every outcome: nothing to do on a timer.
    public var millisecondsUntilNextCheck: Int? { nil }

    private let fetcher: HTTPSnapshotFetcher
    private let intervalMilliseconds: Int
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let lock = NSLock()
    /// Guarded by `lock`: outcomes waiting for the run loop, and whether to stop.
    private var pending: [SnapshotSourceChange] = []
    private var stopping = false
    private var started = false
    /// The problem shown while the first answer is awaited; any news replaces it.
    private var waitingProblem: String?
    /// Signalled to cut the wait short (`rescan`, `stop`).
    private let pollNow = DispatchSemaphore(value: 0)
    private let firstAnswer = DispatchSemaphore(value: 0)

    /// Throws `HTTPSourceSetupError` for a setting it cannot start with (an unreadable CA file).
    public init(settings: HTTPSourceSettings) throws {
        path = settings.url
        intervalMilliseconds = settings.pollIntervalSeconds * 1000
        mechanism = .polling(intervalMilliseconds: intervalMilliseconds)
        fetcher = try HTTPSnapshotFetcher(settings: settings)
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            throw HTTPSourceSetupError("cannot make a wake-up pipe: \(String(cString: strerror(errno)))")
        }
        wakeRead = ends[0]
        wakeWrite = ends[1]
        for end in ends {
            // Never blocks: a full pipe already says "news", and an empty one is drained without waiting.
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
    }

    deinit {
        stop()
        close(wakeRead)
        close(wakeWrite)
    }

    /// Starts polling and waits a little for the first answer, so the dashboard
    /// usually opens on figures; a slower server's answer arrives through the pipe.
    public func initialScan() -> [SnapshotSourceChange] {
        if !started {
            started = true
            let poller = HTTPPoller(fetcher: fetcher, intervalMilliseconds: intervalMilliseconds) { [weak self] changes in
                self?.deliver(changes) ?? false
            }
            let thread = Thread { poller.run(pollNow: self.pollNow) }
            thread.name = "repatdash-http"
            thread.start()
        }
        if firstAnswer.wait(timeout: .now() + .milliseconds(Self.firstAnswerWaitMilliseconds)) == .timedOut {
            let waiting = "waiting for the first answer from \(path)"
            waitingProblem = waiting
            problem = waiting
            return [.problem(waiting)]
        }
        return changes()
    }

    public func changes() -> [SnapshotSourceChange] {
        var sink = [UInt8](repeating: 0, count: 64)
        while read(wakeRead, &sink, sink.count) > 0 {}
        lock.lock()
        let taken = pending
        pending = []
        lock.unlock()
        var changes = taken
        if let waiting = waitingProblem, !taken.isEmpty {
            // The first answer came after all: the waiting line goes, whatever the answer.
            waitingProblem = nil
            if problem == waiting {
                problem = nil
                if !taken.contains(where: { if case .problem = $0 { true } else { false } }) { changes.insert(.recovered, at: 0) }
            }
        }
        for change in taken {
            switch change {
            case .problem(let message): problem = message
            case .recovered: problem = nil
            default: break
            }
        }
        return changes
    }

    /// The operator's reload: ask now rather than at the end of the interval.
    public func rescan() -> [SnapshotSourceChange] {
        pollNow.signal()
        return changes()
    }

    /// Ends the poller after its current request (the process may exit sooner).
    public func stop() {
        lock.lock()
        stopping = true
        lock.unlock()
        pollNow.signal()
    }

    /// Called on the poller's thread; false when the source is stopping.
    private func deliver(_ changes: [SnapshotSourceChange]) -> Bool {
        lock.lock()
        pending += changes
        let keepGoing = !stopping
        lock.unlock()
        // An idle 304 changes nothing: no need to wake the run loop.
        guard !changes.isEmpty else { return keepGoing }
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
        firstAnswer.signal()
        return keepGoing
    }
}
