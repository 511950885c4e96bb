/// The crossing rows of one snapshot, grouped by point in a single pass, with
/// the points in the order the crossings pane lists them.
public struct CrossingFigures: Sendable, Equatable {
    /// The snapshot's own day in its time zone (see `SnapshotDay`).
    public let today: CalendarDay
    /// Torkham first when present (the busiest crossing and the one readers
    /// look for), then by `windowTotal`, largest first, then by name.
    public let points: [CrossingPointFigures]

    public init(snapshot: Snapshot) {
        self.init(crossings: snapshot.crossings, today: SnapshotDay.today(of: snapshot))
    }

    public init(crossings: [Crossing], today: CalendarDay) {
        self.today = today
        var rowsByPoint = [String: [Crossing]]()
        for row in crossings { rowsByPoint[row.point, default: []].append(row) }
        points = rowsByPoint
            .map { CrossingPointFigures(point: $0.key, rows: $0.value, today: today) }
            .sorted(by: CrossingFigures.listedBefore)
    }

    /// The point with exactly this name; nil when the snapshot has no rows for it.
    public func point(named name: String) -> CrossingPointFigures? {
        points.first { $0.point == name }
    }

    /// `by_province` summed over every point's rows dated within `range`.
    public func byProvince(over range: ClosedRange<CalendarDay>) -> ProvinceBreakdown {
        var accumulator = ProvinceBreakdown.Accumulator()
        for point in points { accumulator.add(point.rows(in: range)) }
        return accumulator.result
    }

    /// Earliest to latest row date over all points; nil when there are no rows.
    public var dateRange: ClosedRange<CalendarDay>? {
        var lower: CalendarDay?
        var upper: CalendarDay?
        for point in points {
            guard let range = point.dateRange else { continue }
            if lower.map({ range.lowerBound < $0 }) ?? true { lower = range.lowerBound }
            if upper.map({ range.upperBound > $0 }) ?? true { upper = range.upperBound }
        }
        guard let lower, let upper else { return nil }
        return lower...upper
    }

    /// Whether a point name is Torkham. Compared without regard to case, since
    /// producers include spreadsheets that may write `TORKHAM`.
    static func isTorkham(_ name: String) -> Bool {
        name.lowercased() == "torkham"
    }

    static func listedBefore(_ a: CrossingPointFigures, _ b: CrossingPointFigures) -> Bool {
        let aFirst = isTorkham(a.point)
        let bFirst = isTorkham(b.point)
        if aFirst != bFirst { return aFirst }
        if a.windowTotal != b.windowTotal { return a.windowTotal > b.windowTotal }
        return a.point < b.point
    }
}
