/// The last complete day at a crossing point against the mean of the 7
/// calendar days before it.
///
/// The last complete day is the day before the snapshot's own day (whose row
/// may be partial). The mean is over the days of the 7 before it that have a
/// row; a day with no row is unknown, left out rather than counted as zero,
/// and `average.daysCovered` says how many days it rests on.
public struct CrossingSurge: Sendable, Equatable {
    public let point: String
    public let day: CalendarDay
    public let dayTotal: Int
    public let average: DailyAverage

    public static let averageDays = 7

    /// Nil when the point is not in the snapshot, has no row for the last
    /// complete day, or no row (or only zeros) in the 7 days before it.
    public init?(snapshot: Snapshot, point name: String) {
        let crossings = CrossingFigures(snapshot: snapshot)
        guard let figures = crossings.point(named: name)
            ?? crossings.points.first(where: { $0.point.caseInsensitiveCompare(name) == .orderedSame }) else { return nil }
        let day = crossings.today.adding(days: -1)
        guard let row = figures.row(on: day) else { return nil }
        let span = day.adding(days: -Self.averageDays)...day.adding(days: -1)
        let before = figures.rows(in: span)
        let average = DailyAverage(span: span, daysCovered: before.count, sum: before.reduce(0) { $0 + $1.total })
        guard let mean = average.mean, mean > 0 else { return nil }
        point = figures.point
        self.day = day
        dayTotal = row.total
        self.average = average
    }

    public var ratio: Double { Double(dayTotal) / (average.mean ?? 1) }

    /// `4,604 on 2025-04-06 against a mean of 2,512.3 over 7 of 7 days (2025-03-30 to 2025-04-05)`.
    public var detail: String {
        "\(CountFormat.count(dayTotal)) on \(day) against a mean of \(CountFormat.decimal(average.mean ?? 0)) "
            + "over \(average.daysCovered) of \(average.spanDays) days (\(average.span.lowerBound) to \(average.span.upperBound))"
    }
}
