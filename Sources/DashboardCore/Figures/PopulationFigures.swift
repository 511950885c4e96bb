/// Everything the camp panes derive from a snapshot and its predecessor,
/// computed once per snapshot change: per-district figures, the grand totals,
/// what disappeared, and an index for drilling into one district's camps.
public struct PopulationFigures: Sendable {
    /// In the snapshot's order.
    public let districts: [DistrictFigures]
    public let totals: GrandTotals
    public let disappeared: DisappearedSincePrevious
    public let previous: PreviousPopulations
    /// Districts of the previous snapshot that this one no longer lists, with
    /// their last figures, A→Z by name (the tables put them last).
    public let goneDistricts: [DistrictFigures]
    private let goneDistrictPositions: [String: Int]
    /// District id → camps of that (still listed) district that are gone, A→Z by name.
    private let goneCampsByDistrict: [String: [CampFigures]]
    private let snapshotDistricts: [District]
    private let positionByID: [String: Int]

    public init(snapshot: Snapshot, previous: Snapshot?) {
        let index = PreviousPopulations(previous)
        let figures = DistrictFigures.make(snapshot: snapshot, previous: index)
        self.districts = figures
        self.totals = GrandTotals(districts: figures, previous: index)
        let disappeared = DisappearedSincePrevious.make(snapshot: snapshot, previous: previous)
        self.disappeared = disappeared
        self.previous = index
        let goneDistricts = disappeared.districts.map(DistrictFigures.gone).sorted(by: Self.byName)
        self.goneDistricts = goneDistricts
        self.goneDistrictPositions = Dictionary(goneDistricts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var goneCamps: [String: [CampFigures]] = [:]
        for gone in disappeared.camps where !gone.districtDisappeared {
            goneCamps[gone.districtID, default: []].append(CampFigures.gone(gone.camp))
        }
        self.goneCampsByDistrict = goneCamps.mapValues { $0.sorted { ($0.camp.name, $0.camp.id) < ($1.camp.name, $1.camp.id) } }
        self.snapshotDistricts = snapshot.districts
        var positions = [String: Int](minimumCapacity: snapshot.districts.count)
        for (position, district) in snapshot.districts.enumerated() { positions[district.id] = position }
        self.positionByID = positions
    }

    /// The figures of the district with this id; nil when there is none.
    public func district(id: String) -> DistrictFigures? {
        positionByID[id].map { districts[$0] }
    }

    /// The figures a district that disappeared since the previous snapshot last had.
    public func goneDistrict(id: String) -> DistrictFigures? {
        goneDistrictPositions[id].map { goneDistricts[$0] }
    }

    /// Camps of the (still listed) district with this id that the previous
    /// snapshot had and this one lists nowhere, as last seen, A→Z by name.
    public func goneCamps(ofDistrict id: String) -> [CampFigures] {
        goneCampsByDistrict[id] ?? []
    }

    private static func byName(_ a: DistrictFigures, _ b: DistrictFigures) -> Bool {
        (a.name, a.id) < (b.name, b.id)
    }

    /// The camps of the district with this id, each with its change; nil when there is no such district.
    public func camps(ofDistrict id: String) -> [CampFigures]? {
        guard let position = positionByID[id] else { return nil }
        return CampFigures.make(district: snapshotDistricts[position], previous: previous)
    }
}
