import DashboardCore

/// The figures of the snapshot on screen, computed once when it arrives (not
/// per frame): everything a pane shows comes from here, so every number on
/// screen is one `DashboardCore` computed.
public struct DashboardData: Sendable {
    public let path: String
    public let snapshot: Snapshot
    /// The file of the snapshot "Change" compares with (the baseline's); nil when there is none.
    public let previousPath: String?
    /// The moment "Change" compares with, as the history resolved it.
    public let baseline: Baseline
    public let timeZone: SnapshotTimeZone
    public let population: PopulationFigures
    public let crossings: CrossingFigures
    /// The crossings day by day with their breakdowns (`t`, `render --table crossings`).
    public let crossingTable: CrossingTable
    /// Warnings of the snapshot on screen (it is in use despite them).
    public let warnings: [ValidationIssue]
    /// Column extents of the districts table, measured once per snapshot.
    public let districtColumnExtents: DistrictColumnExtents
    /// The districts table's sort orders and folded names, made once per snapshot.
    public let districtOrder: DistrictOrder

    public init(latest: SnapshotStore.Entry, previous: SnapshotStore.Entry?) {
        let baseline = Baseline(request: .previous, time: previous?.snapshot.generatedAt, path: previous?.path)
        self.init(shown: latest, baseline: baseline,
                  comparedWith: PreviousPopulations(previous?.snapshot), disappearedSince: previous?.snapshot)
    }

    /// `shown` compared with `baseline`, whose populations are `index`;
    /// what disappeared, against the whole snapshot `disappearedSince` when the screen has it.
    public init(shown latest: SnapshotStore.Entry, baseline: Baseline, comparedWith index: PreviousPopulations, disappearedSince: Snapshot?) {
        path = latest.path
        snapshot = latest.snapshot
        previousPath = baseline.path
        self.baseline = baseline
        timeZone = SnapshotDay.timeZone(of: latest.snapshot)
        population = PopulationFigures(snapshot: latest.snapshot, comparedWith: index, disappearedSince: disappearedSince)
        crossings = CrossingFigures(snapshot: latest.snapshot)
        crossingTable = CrossingTable(crossings)
        warnings = latest.warnings
        districtColumnExtents = DistrictColumnExtents(population)
        districtOrder = DistrictOrder(population.districts)
    }

    public init?(store: SnapshotStore) {
        guard let latest = store.latest else { return nil }
        self.init(latest: latest, previous: store.previous)
    }

    /// The Change column's title: what it compares with (`Δ vs 19:15`, `Δ since 08:00`).
    func changeColumnTitle(_ glyphs: TableGlyphs) -> String {
        BaselineText.columnTitle(baseline, shown: snapshot.generatedAt, zone: timeZone, delta: glyphs.delta)
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
