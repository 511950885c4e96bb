/// The sum of an optional field over a set of items (camps, crossing rows),
/// together with how many of those items carried the field.
///
/// The format makes several counts optional and says an absent value is
/// unknown, not zero. A bare sum would hide that: 1,200 from all 40 camps and
/// 1,200 from 3 of 40 camps are different statements. Keeping `reporting` next
/// to `sum` lets a pane say which one it is showing.
public struct ReportedSum: Sendable, Equatable {
    /// Sum of the values that were present.
    public var sum: Int
    /// How many items carried the value.
    public var reporting: Int
    /// How many items were looked at.
    public var outOf: Int

    public init(sum: Int = 0, reporting: Int = 0, outOf: Int = 0) {
        self.sum = sum
        self.reporting = reporting
        self.outOf = outOf
    }

    /// True when every item carried the value, so `sum` is the full figure.
    /// Also true for an empty set: nothing is missing.
    public var isComplete: Bool { reporting == outOf }

    /// True when no item carried the value, so `sum` (0) says nothing.
    public var isUnreported: Bool { reporting == 0 && outOf > 0 }

    /// Counts one item, with its value or without (nil = not reported).
    public mutating func add(_ value: Int?) {
        outOf += 1
        if let value {
            sum += value
            reporting += 1
        }
    }

    /// Combines two sums over disjoint sets of items.
    public static func + (lhs: ReportedSum, rhs: ReportedSum) -> ReportedSum {
        ReportedSum(sum: lhs.sum + rhs.sum, reporting: lhs.reporting + rhs.reporting, outOf: lhs.outOf + rhs.outOf)
    }

    public static func += (lhs: inout ReportedSum, rhs: ReportedSum) { lhs = lhs + rhs }
}
