import Dispatch
import Foundation
import SnapshotSources

/// The poller thread's side of `HTTPSnapshotSource`: asks, turns the outcome
/// into changes, waits the interval (or the backed-off delay), asks again.
/// Its state (validators, failure streak) lives on that thread alone.
final class HTTPPoller: @unchecked Sendable {
    private let fetcher: HTTPSnapshotFetcher
    private var schedule: RetrySchedule
    private var validators: HTTPValidators?
    /// When the current run of failures began, and the last problem reported.
    private var failingSince: Date?
    private var reportedProblem: String?
    /// Hands changes to the run loop; returns false when it is time to stop.
    private let deliver: ([SnapshotSourceChange]) -> Bool

    init(fetcher: HTTPSnapshotFetcher, intervalMilliseconds: Int, deliver: @escaping ([SnapshotSourceChange]) -> Bool) {
        self.fetcher = fetcher
        self.schedule = RetrySchedule(intervalMilliseconds: intervalMilliseconds)
        self.deliver = deliver
    }

    func run(pollNow: DispatchSemaphore) {
        while true {
            let validators = self.validators
            let fetcher = self.fetcher
            let outcome = waitFor { await fetcher.fetch(validators: validators) }
            guard deliver(changes(for: outcome)) else { return }
            _ = pollNow.wait(timeout: .now() + .milliseconds(schedule.nextDelayMilliseconds()))
        }
    }

    func changes(for outcome: HTTPFetchOutcome) -> [SnapshotSourceChange] {
        switch outcome {
        case .body(let bytes, let newValidators):
            // Kept even when the body is then rejected: the same bad body is not fetched again, only a new one.
            validators = newValidators
            return recovered() + [.fetched(path: fetcher.settings.url, bytes: bytes)]
        case .notModified:
            return recovered()
        case .failed(let failure):
            schedule.noteFailure()
            let since = failingSince ?? Date()
            failingSince = since
            let message = Self.problemText(failure, since: since)
            guard message != reportedProblem else { return [] }
            reportedProblem = message
            return [.problem(message)]
        }
    }

    private func recovered() -> [SnapshotSourceChange] {
        schedule.noteSuccess()
        failingSince = nil
        guard reportedProblem != nil else { return [] }
        reportedProblem = nil
        return [.recovered]
    }

    /// "source unreachable since 14:05: connection refused", in this machine's local time.
    static func problemText(_ failure: HTTPFetchFailure, since: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm"
        let state = failure.kind == .unreachable ? "unreachable" : "failing"
        return "source \(state) since \(formatter.string(from: since)): \(failure.reason)"
    }
}
