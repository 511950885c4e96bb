import DashboardCore

/// Everything the screen depends on. `update` changes it in response to
/// events; `DashboardView` turns it into a `Screen`. Both are pure, so tests
/// drive the whole dashboard without a terminal.
public struct AppState: Sendable {
    /// The snapshot on screen and its figures; nil until a valid one is read.
    public private(set) var data: DashboardData?
    /// Files the store refused, with their errors, ordered by path (producers
    /// name files by time, so the last is usually the newest).
    public private(set) var rejectedFiles: [SnapshotFile] = []
    /// What the dashboard watches, as the operator named it.
    public var sourcePath: String
    /// The watched directory is missing or unreadable (retried until it is back).
    public var sourceProblem: String?
    public var now: Instant
    public private(set) var width: Int
    public private(set) var height: Int
    public var options: DisplayOptions

    public var focus: FocusedPane = .districts
    public var districts = TableState<DistrictColumn>(sortColumn: .population)
    public var drillDown: DrillDown?
    /// True while `/` is taking the filter text.
    public var isEditingFilter = false
    /// The crossing point shown, by name, so a new snapshot keeps it.
    public var selectedPoint: String?
    /// First deadline shown when the deadlines pane scrolls.
    public var deadlineScrollTop = 0
    public var isShowingHelp = false
    /// `p`: figures frozen; snapshots that arrive meanwhile wait in `pendingStore`.
    public private(set) var isPaused = false
    public private(set) var pendingSnapshotCount = 0
    private var pendingStore: SnapshotStore?
    /// Rows that changed with the newest snapshot, marked for a short time.
    public private(set) var changeHighlight = ChangeHighlight.none
    /// A sentence for the status line that goes by itself (`e`: where the file went).
    public var statusMessage: StatusMessage?

    public init(sourcePath: String, now: Instant, width: Int, height: Int, options: DisplayOptions = DisplayOptions()) {
        self.sourcePath = sourcePath
        self.now = now
        self.width = min(max(0, width), Screen.maximumSide)
        self.height = min(max(0, height), Screen.maximumSide)
        self.options = options
    }

    /// The table on screen takes the left part of a wide terminal only when
    /// every one of its columns fits there (see `Layout`).
    public var layout: Layout {
        let tableWidth = drillDown != nil ? CampsPane.widthShowingAllColumns(self) : DistrictsPane.widthShowingAllColumns(self)
        return Layout(width: width, height: height, tableWidth: tableWidth)
    }

    /// Takes the store's current view of the snapshots (or keeps it for later, when paused).
    public mutating func apply(store: SnapshotStore) {
        if isPaused {
            pendingStore = store
            pendingSnapshotCount += 1
            return
        }
        let shownBefore = data.map { ($0.path, $0.snapshot.generatedAt) }
        data = DashboardData(store: store)
        if let data, let shownBefore, shownBefore != (data.path, data.snapshot.generatedAt) {
            // A new snapshot took the screen (not the first one): mark what moved.
            changeHighlight = ChangeHighlight(ids: ChangeHighlight.changes(in: data), until: now.adding(seconds: options.changeHighlightSeconds))
        }
        rejectedFiles = store.rejectedFiles
        if let drill = drillDown, data?.district(id: drill.districtID) == nil {
            // The district is gone from the new snapshot: back to the list rather than an empty table.
            drillDown = nil
        }
        refreshRows()
    }

    /// `p`: freeze the figures, or apply what arrived while they were frozen.
    mutating func togglePause() {
        isPaused.toggle()
        if !isPaused, let store = pendingStore {
            pendingStore = nil
            apply(store: store)
        }
        pendingSnapshotCount = 0
    }

    /// How old the snapshot on screen is, and whether that is past the stale threshold.
    public var snapshotAgeSeconds: Double? {
        data.map { $0.snapshot.generatedAt.seconds(until: now) }
    }

    public var isStale: Bool {
        (snapshotAgeSeconds ?? 0) > options.staleAfterSeconds
    }

    mutating func resize(width: Int, height: Int) {
        // Capped as the grid is, so the layout fits the cells drawn.
        self.width = min(max(0, width), Screen.maximumSide)
        self.height = min(max(0, height), Screen.maximumSide)
        refreshRows()
    }

    // MARK: Derived rows

    /// The districts table's rows in display order.
    public var districtRows: [DistrictFigures] {
        guard let data else { return [] }
        return districts.rowIDs.compactMap(data.districtRow(id:))
    }

    /// The drill-down's camps in display order, gone camps last, or nil when not drilled in.
    public var campRows: [CampFigures]? {
        guard let drillDown, let population = data?.population, let camps = population.camps(ofDistrict: drillDown.districtID) else { return nil }
        let all = camps + population.goneCamps(ofDistrict: drillDown.districtID)
        let byID = Dictionary(all.map { ($0.camp.id, $0) }, uniquingKeysWith: { first, _ in first })
        return drillDown.camps.rowIDs.compactMap { byID[$0] }
    }

    /// The crossing point on screen: the chosen one, or the first (Torkham when present).
    public var currentPoint: CrossingPointFigures? {
        guard let points = data?.crossings.points, !points.isEmpty else { return nil }
        return points.first { $0.point == selectedPoint } ?? points[0]
    }

    /// Recomputes filter and sort of the visible tables, and keeps selections in view.
    mutating func refreshRows() {
        guard let data else {
            districts.rowIDs = []
            return
        }
        let positions = data.districtOrder.positions(sortedBy: districts.sortColumn, ascending: districts.ascending, filter: districts.filter)
        // Districts gone since the previous snapshot come last, whatever the sort: they are not figures of this snapshot.
        let gone = data.population.goneDistricts.filter { TableState<DistrictColumn>.matches($0.name, filter: districts.filter) }
        districts.rowIDs = positions.map { data.population.districts[$0].id } + gone.map(\.id)
        if districts.selectedID == nil || !districts.rowIDs.contains(districts.selectedID!) {
            districts.selectedID = districts.rowIDs.first
        }
        districts.keepSelectionVisible(visibleRows: layout.tableBodyRows)

        if var drill = drillDown, let camps = data.population.camps(ofDistrict: drill.districtID) {
            let campFilter = drill.camps.filter
            var campRows = camps.filter { TableState<CampColumn>.matches($0.camp.name, filter: campFilter) }
            let campColumn = drill.camps.sortColumn, campAscending = drill.camps.ascending
            campRows.sort { campColumn.precedes($0, $1, ascending: campAscending) }
            let goneCamps = data.population.goneCamps(ofDistrict: drill.districtID)
                .filter { TableState<CampColumn>.matches($0.camp.name, filter: campFilter) }
            drill.camps.rowIDs = (campRows + goneCamps).map(\.camp.id)
            if drill.camps.selectedID == nil || !drill.camps.rowIDs.contains(drill.camps.selectedID!) {
                drill.camps.selectedID = drill.camps.rowIDs.first
            }
            drill.camps.keepSelectionVisible(visibleRows: layout.tableBodyRows)
            drillDown = drill
        }
    }

    /// The filter of the table on screen.
    public var activeFilter: String {
        drillDown?.camps.filter ?? districts.filter
    }

    /// `All districts › Peshawar`: where the operator is.
    public var breadcrumb: [String] {
        guard let drillDown, let district = data?.district(id: drillDown.districtID) else { return ["All districts"] }
        return ["All districts", district.name]
    }
}
