/// The last complete day at a crossing point against the mean of the 7
/// calendar days before it, as `CrossingPointFigures` defines both: the day
/// before the snapshot's own day (D-1), against D-8 … D-2, days with no row
/// left out (`average.daysCovered` says how many days the mean rests on).
public struct CrossingSurge: Sendable, Equatable {
    public let point: String
    public let day: CalendarDay
    public let dayTotal: Int
    public let average: DailyAverage

    /// Nil when the point is not in the snapshot (matched ignoring case), has
    /// no row for the last complete day, or no row (or only zeros) in the 7
    /// days before it.
    public init?(snapshot: Snapshot, point name: String) {
        let crossings = CrossingFigures(snapshot: snapshot)
        guard let figures = crossings.point(named: name)
            ?? crossings.points.first(where: { $0.point.caseInsensitiveCompare(name) == .orderedSame }),
            let total = figures.lastCompleteDayTotal else { return nil }
        let average = figures.averageBeforeLastCompleteDay
        guard let mean = average.mean, mean > 0 else { return nil }
        point = figures.point
        day = figures.lastCompleteDay
        dayTotal = total
        self.average = average
    }

    public var ratio: Double { Double(dayTotal) / (average.mean ?? 1) }

    /// `4,604 on 2025-04-06 against a mean of 2,512.3 over 7 of 7 days (2025-03-30 to 2025-04-05)`.
    public var detail: String {
        "\(CountFormat.count(dayTotal)) on \(day) against a mean of \(CountFormat.decimal(average.mean ?? 0)) "
            + "over \(average.daysCovered) of \(average.spanDays) days (\(average.span.lowerBound) to \(average.span.upperBound))"
    }
}
