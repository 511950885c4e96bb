/// How close a deadline is, for choosing how prominently to show it.
/// Ordered from most to least pressing.
public enum DeadlineUrgency: Int, Sendable, Comparable, CaseIterable {
    /// The due instant has been reached or is past.
    case passed
    /// Less than 24 hours left (exactly 24 hours is `underWeek`).
    case underDay
    /// Less than 7 days left (exactly 7 days is `later`).
    case underWeek
    /// 7 days or more left.
    case later

    public static func < (lhs: DeadlineUrgency, rhs: DeadlineUrgency) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Classifies whole seconds left, as `DeadlineCountdown.secondsLeft` gives them.
    public init(secondsLeft: Int64) {
        switch secondsLeft {
        case ...0: self = .passed
        case ..<86_400: self = .underDay
        case ..<(7 * 86_400): self = .underWeek
        default: self = .later
        }
    }
}
