/// The crossings as a table: one line per day, at one point or at all points
/// together, with every figure a crossing row carries — total, deported,
/// families, and the `by_document` and `by_province` breakdowns. The
/// crossings pane's table and `render --table crossings` both read it.
///
/// Days run from the first row of any point to the snapshot's own day
/// (rows dated after it are a producer error and left out, as everywhere in
/// `CrossingPointFigures`). Provinces are the union of every row's
/// `by_province`, ordered by name (Unicode code point order), so a column
/// keeps its place from one snapshot to the next whatever the figures.
public struct CrossingTable: Sendable, Equatable {
    public let crossings: CrossingFigures
    /// Every province named in a `by_province`, by name.
    public let provinces: [String]
    /// First row's day to the snapshot's day; nil when there are no rows.
    public let days: ClosedRange<CalendarDay>?
    private let provinceIndex: [String: Int]

    public init(_ crossings: CrossingFigures) {
        self.crossings = crossings
        var names = Set<String>()
        for point in crossings.points {
            for row in point.rows { for entry in row.byProvince ?? [] { names.insert(entry.province) } }
        }
        provinces = names.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        provinceIndex = Dictionary(uniqueKeysWithValues: provinces.enumerated().map { ($0.element, $0.offset) })
        days = crossings.dateRange.map { min($0.lowerBound, crossings.today)...crossings.today }
    }

    public var today: CalendarDay { crossings.today }

    /// `point`'s figures on `day`; every figure unreported when it sent no row.
    public func figures(on day: CalendarDay, at point: CrossingPointFigures) -> CrossingDayFigures {
        var figures = CrossingDayFigures(day: day, provinceCount: provinces.count)
        figures.add(point.row(on: day), provinceIndex: provinceIndex)
        return figures
    }

    /// Every point's figures on `day` added up, each figure with how many
    /// points reported it (a point without a row that day reports none).
    public func figuresOfAllPoints(on day: CalendarDay) -> CrossingDayFigures {
        var figures = CrossingDayFigures(day: day, provinceCount: provinces.count)
        for point in crossings.points { figures.add(point.row(on: day), provinceIndex: provinceIndex) }
        return figures
    }

    /// The days of the table, newest first (the order the pane lists them).
    public var daysNewestFirst: [CalendarDay] {
        guard let days else { return [] }
        return stride(from: 0, through: days.upperBound - days.lowerBound, by: 1).map { days.upperBound.adding(days: -$0) }
    }
}
