/// One row per day per crossing point.
public struct Crossing: Sendable, Equatable {
    public var date: CalendarDay
    public var point: String
    public var total: Int
    /// People removed by the authorities rather than leaving on their own.
    public var deported: Int?
    public var families: Int?
    public var byDocument: DocumentCounts?
    /// Province of departure → people, in the order the producer wrote them.
    public var byProvince: [ProvinceCount]?

    public init(
        date: CalendarDay, point: String, total: Int, deported: Int? = nil, families: Int? = nil,
        byDocument: DocumentCounts? = nil, byProvince: [ProvinceCount]? = nil
    ) {
        self.date = date
        self.point = point
        self.total = total
        self.deported = deported
        self.families = families
        self.byDocument = byDocument
        self.byProvince = byProvince
    }
}

public struct ProvinceCount: Sendable, Equatable {
    public var province: String
    public var count: Int

    public init(province: String, count: Int) {
        self.province = province
        self.count = count
    }
}
