import DashboardCore

/// The figures of the snapshot on screen, computed once when it arrives (not
/// per frame): everything a pane shows comes from here, so every number on
/// screen is one `DashboardCore` computed.
public struct DashboardData: Sendable {
    public let path: String
    public let snapshot: Snapshot
    public let previousPath: String?
    public let timeZone: SnapshotTimeZone
    public let population: PopulationFigures
    public let crossings: CrossingFigures
    /// Warnings of the snapshot on screen (it is in use despite them).
    public let warnings: [ValidationIssue]
    /// Column extents of the districts table, measured once per snapshot.
    public let districtColumnExtents: DistrictColumnExtents
    /// The districts table's sort orders and folded names, made once per snapshot.
    public let districtOrder: DistrictOrder

    public init(latest: SnapshotStore.Entry, previous: SnapshotStore.Entry?) {
        path = latest.path
        snapshot = latest.snapshot
        previousPath = previous?.path
        timeZone = SnapshotDay.timeZone(of: latest.snapshot)
        population = PopulationFigures(snapshot: latest.snapshot, previous: previous?.snapshot)
        crossings = CrossingFigures(snapshot: latest.snapshot)
        warnings = latest.warnings
        districtColumnExtents = DistrictColumnExtents(population)
        districtOrder = DistrictOrder(population.districts)
    }

    public init?(store: SnapshotStore) {
        guard let latest = store.latest else { return nil }
        self.init(latest: latest, previous: store.previous)
    }

    public func district(id: String) -> DistrictFigures? {
        population.district(id: id)
    }

    /// A row of the districts table: a district of this snapshot, or one that
    /// disappeared since the previous snapshot (`isGone`, listed last).
    public func districtRow(id: String) -> DistrictFigures? {
        district(id: id) ?? population.goneDistrict(id: id)
    }
}
