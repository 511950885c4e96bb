/// One line of the crossings table: the figures of one day, at one point or
/// summed over every point.
///
/// Every figure is a `ReportedSum` over the points looked at, so one type
/// says both "Torkham sent no row that day" and "3 of 6 points sent
/// `families`". A point without a row that day, or a row without the field,
/// is not reporting: unknown, never zero. A row whose `by_province` leaves a
/// province out does not report that province either (the format lists
/// provinces, it does not say the others are zero).
public struct CrossingDayFigures: Sendable, Equatable {
    public let day: CalendarDay
    public private(set) var total = ReportedSum()
    public private(set) var deported = ReportedSum()
    public private(set) var families = ReportedSum()
    public private(set) var documents = DocumentTotals()
    /// One per province of `CrossingTable.provinces`, in that order.
    public private(set) var provinces: [ReportedSum]

    public init(day: CalendarDay, provinceCount: Int) {
        self.day = day
        provinces = Array(repeating: ReportedSum(), count: provinceCount)
    }

    /// Counts one point's row for `day`; nil when the point sent none.
    /// `provinceIndex` places a province name in `provinces`.
    mutating func add(_ row: Crossing?, provinceIndex: [String: Int]) {
        total.add(row?.total)
        deported.add(row?.deported)
        families.add(row?.families)
        documents.add(row?.byDocument)
        var reported = Array(repeating: Int?.none, count: provinces.count)
        for entry in row?.byProvince ?? [] {
            if let index = provinceIndex[entry.province] { reported[index] = (reported[index] ?? 0) + entry.count }
        }
        for index in provinces.indices { provinces[index].add(reported[index]) }
    }

    /// The points that sent a row for the day.
    public var pointsReporting: Int { total.reporting }
}
