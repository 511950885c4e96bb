/// Time left until a deadline, as of a given instant, and its text.
///
/// The seconds left are rounded up to a whole second. That keeps the
/// countdown and the classification in step: the countdown shows at least
/// `0d 00:00:01` while any time remains, and the deadline counts as passed
/// from the due instant itself (`secondsLeft <= 0`).
public struct DeadlineCountdown: Sendable, Equatable {
    public let deadline: Deadline
    /// Whole seconds from `now` to `due`, rounded up; zero or negative once passed.
    public let secondsLeft: Int64

    public init(deadline: Deadline, now: Instant) {
        self.deadline = deadline
        self.secondsLeft = DeadlineCountdown.secondsLeft(from: now, until: deadline.due)
    }

    public var urgency: DeadlineUrgency { DeadlineUrgency(secondsLeft: secondsLeft) }
    public var isPassed: Bool { secondsLeft <= 0 }

    /// `12d 04:31:07` while time is left; `passed 3d ago` and so on after.
    public var text: String { DeadlineCountdown.format(secondsLeft: secondsLeft) }

    /// Countdowns for every deadline of a snapshot, soonest due first (ties by id).
    public static func make(deadlines: [Deadline], now: Instant) -> [DeadlineCountdown] {
        deadlines
            .map { DeadlineCountdown(deadline: $0, now: now) }
            .sorted { $0.deadline.due != $1.deadline.due ? $0.deadline.due < $1.deadline.due : $0.deadline.id < $1.deadline.id }
    }

    /// `due - now` in whole seconds, rounded up (toward the future).
    public static func secondsLeft(from now: Instant, until due: Instant) -> Int64 {
        let nanos = Int64(due.nanoseconds) - Int64(now.nanoseconds)
        var seconds = due.epochSeconds - now.epochSeconds
        // nanos is within (-1s, 1s): fold it in, rounding any remaining fraction up.
        if nanos > 0 { seconds += 1 }
        return seconds
    }

    /// Time left as days, then hours:minutes:seconds (`12d 04:31:07`,
    /// `0d 00:00:59`). Once passed (`secondsLeft <= 0`), the time since in its
    /// largest whole unit: `passed 3d ago`, `passed 5h ago`, `passed 12m ago`,
    /// and `passed just now` under a minute.
    public static func format(secondsLeft: Int64) -> String {
        if secondsLeft > 0 {
            let days = secondsLeft / 86_400
            let rest = Int(secondsLeft % 86_400)
            return "\(days)d " + twoDigits(rest / 3600) + ":" + twoDigits(rest / 60 % 60) + ":" + twoDigits(rest % 60)
        }
        let since = -secondsLeft
        if since >= 86_400 { return "passed \(since / 86_400)d ago" }
        if since >= 3600 { return "passed \(since / 3600)h ago" }
        if since >= 60 { return "passed \(since / 60)m ago" }
        return "passed just now"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
