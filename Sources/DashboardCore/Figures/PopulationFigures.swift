/// Everything the camp panes derive from a snapshot and its predecessor,
/// computed once per snapshot change: per-district figures, the grand totals,
/// what disappeared, and an index for drilling into one district's camps.
public struct PopulationFigures: Sendable {
    /// In the snapshot's order.
    public let districts: [DistrictFigures]
    public let totals: GrandTotals
    public let disappeared: DisappearedSincePrevious
    public let previous: PreviousPopulations
    private let snapshotDistricts: [District]
    private let positionByID: [String: Int]

    public init(snapshot: Snapshot, previous: Snapshot?) {
        self.init(snapshot: snapshot, comparedWith: PreviousPopulations(previous), disappearedSince: previous)
    }

    /// Changes measured against `index` (a baseline from the history);
    /// what disappeared, against the whole snapshot `previous` when there is one.
    public init(snapshot: Snapshot, comparedWith index: PreviousPopulations, disappearedSince previous: Snapshot?) {
        let figures = DistrictFigures.make(snapshot: snapshot, previous: index)
        self.districts = figures
        self.totals = GrandTotals(districts: figures, previous: index)
        self.disappeared = DisappearedSincePrevious.make(snapshot: snapshot, previous: previous)
        self.previous = index
        self.snapshotDistricts = snapshot.districts
        var positions = [String: Int](minimumCapacity: snapshot.districts.count)
        for (position, district) in snapshot.districts.enumerated() { positions[district.id] = position }
        self.positionByID = positions
    }

    /// The figures of the district with this id; nil when there is none.
    public func district(id: String) -> DistrictFigures? {
        positionByID[id].map { districts[$0] }
    }

    /// The camps of the district with this id, each with its change; nil when there is no such district.
    public func camps(ofDistrict id: String) -> [CampFigures]? {
        guard let position = positionByID[id] else { return nil }
        return CampFigures.make(district: snapshotDistricts[position], previous: previous)
    }
}
