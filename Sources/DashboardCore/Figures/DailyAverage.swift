/// A mean of daily totals over a span of calendar days, taken over the days
/// that have a row only. A day with no row is unknown, so it is left out
/// rather than counted as zero; `daysCovered` says how many days the mean
/// actually rests on (7 when the series has no gaps).
public struct DailyAverage: Sendable, Equatable {
    /// The calendar days the average was asked to cover (both ends included).
    public var span: ClosedRange<CalendarDay>
    /// Days within `span` that have a row.
    public var daysCovered: Int
    /// Sum of those rows' totals.
    public var sum: Int

    public init(span: ClosedRange<CalendarDay>, daysCovered: Int, sum: Int) {
        self.span = span
        self.daysCovered = daysCovered
        self.sum = sum
    }

    /// `sum / daysCovered`; nil when no day in the span has a row.
    public var mean: Double? { daysCovered == 0 ? nil : Double(sum) / Double(daysCovered) }

    /// Number of calendar days in the span (7 for a 7-day average).
    public var spanDays: Int { span.upperBound - span.lowerBound + 1 }
}
