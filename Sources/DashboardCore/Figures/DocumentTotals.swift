/// `by_document` summed over a set of camps (or crossing rows), member by
/// member. Each member is a `ReportedSum` because the format lets a producer
/// leave any member out, and an absent member is unknown rather than zero.
/// An item without `by_document` at all counts as not reporting any member.
public struct DocumentTotals: Sendable, Equatable {
    public var por: ReportedSum
    public var acc: ReportedSum
    public var undocumented: ReportedSum
    public var other: ReportedSum

    public init(
        por: ReportedSum = ReportedSum(), acc: ReportedSum = ReportedSum(),
        undocumented: ReportedSum = ReportedSum(), other: ReportedSum = ReportedSum()
    ) {
        self.por = por
        self.acc = acc
        self.undocumented = undocumented
        self.other = other
    }

    /// Counts one item's breakdown (nil when the item has none).
    public mutating func add(_ counts: DocumentCounts?) {
        por.add(counts?.por)
        acc.add(counts?.acc)
        undocumented.add(counts?.undocumented)
        other.add(counts?.other)
    }

    /// Sum of all members that were reported anywhere. It is a lower bound on
    /// the people with a known document status, not a total of anything.
    public var knownSum: Int { por.sum + acc.sum + undocumented.sum + other.sum }

    /// True when every item reported every member.
    public var isComplete: Bool { por.isComplete && acc.isComplete && undocumented.isComplete && other.isComplete }

    /// Combines totals over disjoint sets of items.
    public static func + (lhs: DocumentTotals, rhs: DocumentTotals) -> DocumentTotals {
        DocumentTotals(
            por: lhs.por + rhs.por, acc: lhs.acc + rhs.acc,
            undocumented: lhs.undocumented + rhs.undocumented, other: lhs.other + rhs.other
        )
    }

    public static func += (lhs: inout DocumentTotals, rhs: DocumentTotals) { lhs = lhs + rhs }
}
