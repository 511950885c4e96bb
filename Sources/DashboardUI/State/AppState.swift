import DashboardCore

/// Everything the screen depends on. `update` changes it in response to
/// events; `DashboardView` turns it into a `Screen`. Both are pure, so tests
/// drive the whole dashboard without a terminal.
public struct AppState: Sendable {
    /// The snapshot on screen and its figures; nil until a valid one is read.
    public internal(set) var data: DashboardData?
    /// Files the store refused, with their errors, ordered by path (producers
    /// name files by time, so the last is usually the newest).
    public private(set) var rejectedFiles: [SnapshotFile] = []
    /// Rejected paths whose last good version is still in use (a file
    /// rewritten in place that reads badly now).
    public private(set) var lastGoodKeptPaths: Set<String> = []
    /// Snapshots dated too far ahead of the clock to show, soonest first.
    public private(set) var heldAsideSnapshots: [SnapshotStore.Entry] = []
    /// What the dashboard watches, as the operator named it.
    public internal(set) var sourcePath: String
    /// The watched directory is missing or unreadable (retried until it is back).
    public internal(set) var sourceProblem: String?
    public internal(set) var now: Instant
    public private(set) var width: Int
    public private(set) var height: Int
    public internal(set) var options: DisplayOptions

    public internal(set) var focus: FocusedPane = .districts
    public internal(set) var districts = TableState<DistrictColumn>(sortColumn: .population)
    public internal(set) var drillDown: DrillDown?
    /// True while `/` is taking the filter text.
    public internal(set) var isEditingFilter = false
    /// The crossing point shown, by name, so a new snapshot keeps it.
    public internal(set) var selectedPoint: String?
    /// `t`: the crossings pane as a table, its day cursor and scroll.
    public internal(set) var crossingsTable = CrossingsTableState()
    /// First deadline shown when the deadlines pane scrolls.
    public internal(set) var deadlineScrollTop = 0
    public internal(set) var isShowingHelp = false
    /// The last click on a table row, to tell a double-click.
    var lastClick: MouseClick?
    /// First line of the help shown, when it is longer than the screen.
    public internal(set) var helpScrollTop = 0
    /// `p`: figures frozen; snapshots that arrive meanwhile wait in `pendingStore`.
    public private(set) var isPaused = false
    public private(set) var pendingSnapshotCount = 0
    private var pendingStore: SnapshotStore?
    /// Rows that changed with the newest snapshot, marked for a short time.
    public internal(set) var changeHighlight = ChangeHighlight.none
    /// A sentence for the status line that goes by itself (`e`: where the file went).
    public internal(set) var statusMessage: StatusMessage?
    /// The shift's figures as of the last snapshots applied: baselines, time travel, trends.
    public internal(set) var history = ShiftHistory()
    /// The last store applied: its newest whole models.
    var liveStore: SnapshotStore?
    /// `b`: what "Change" compares with.
    public internal(set) var baselineChoice = BaselineChoice.previous
    /// `render --baseline TIME`: a fixed moment, over `baselineChoice`.
    public internal(set) var fixedBaseline: Instant?
    /// `[` / `]`: a kept moment on screen instead of the newest; nil when live.
    public internal(set) var timeTravel: TimeTravel?
    /// What the alert rules find, since when, and what was acknowledged.
    public internal(set) var alerts: AlertBoard
    /// `!`: the alerts list is open over the panes.
    public internal(set) var isShowingAlerts = false
    /// The alert the list's cursor is on, by id, so it stays put as others fire and clear.
    public internal(set) var selectedAlertID: String?

    public init(sourcePath: String, now: Instant, width: Int, height: Int, options: DisplayOptions = DisplayOptions()) {
        self.sourcePath = sourcePath
        self.now = now
        self.width = min(max(0, width), Screen.maximumSide)
        self.height = min(max(0, height), Screen.maximumSide)
        self.options = options
        alerts = AlertBoard(rules: options.alertRules)
    }

    /// The table on screen takes the left part of a wide terminal only when
    /// every one of its columns fits there (see `Layout`).
    public var layout: Layout {
        let tableWidth = drillDown != nil ? CampsPane.widthShowingAllColumns(self) : DistrictsPane.widthShowingAllColumns(self)
        return Layout(width: width, height: height, tableWidth: tableWidth)
    }

    /// Takes the store's current view of the snapshots (or keeps it for later,
    /// when paused). The alert rules are evaluated on the live figures; the
    /// effects say what fired and cleared.
    @discardableResult
    mutating func apply(store: SnapshotStore) -> [Effect] {
        if isPaused {
            pendingStore = store
            // Only what is newer than the figures on screen is new: a late, older snapshot is not.
            let shownTime = data?.snapshot.generatedAt
            pendingSnapshotCount = store.shiftHistory.moments.filter { shownTime == nil || $0.generatedAt > shownTime! }.count
            return []
        }
        liveStore = store
        history = store.shiftHistory
        rejectedFiles = store.rejectedFiles
        lastGoodKeptPaths = Set(rejectedFiles.map(\.path).filter(store.keepsLastGood(ofRejected:)))
        heldAsideSnapshots = store.heldAsideEntries
        // Alerts watch the live figures, also while a past moment is on screen.
        let alertEffects = alertEffects(alerts.take(AlertInputs(store: store, shiftStarts: options.shiftStarts), now: now))
        // While travelling, the moment viewed stays on screen; the new figures wait for `]`.
        guard timeTravel == nil else { return alertEffects }
        let shownBefore = data.map { ($0.path, $0.snapshot.generatedAt) }
        data = store.latest.map(dashboardData(showing:))
        if let data, let shownBefore, shownBefore != (data.path, data.snapshot.generatedAt) {
            // A new snapshot took the screen (not the first one): mark what moved.
            changeHighlight = ChangeHighlight(ids: ChangeHighlight.changes(in: data), until: now.adding(seconds: options.changeHighlightSeconds))
        }
        matchSelectedPointSpelling()
        leaveDrillDownIfGone()
        return alertEffects
    }

    mutating func leaveDrillDownIfGone() {
        if let drill = drillDown, data?.district(id: drill.districtID) == nil {
            // The district is gone from the new snapshot: back to the list rather than an empty table.
            drillDown = nil
        }
        refreshRows()
    }

    /// `p`: freeze the figures, or apply what arrived while they were frozen.
    mutating func togglePause() -> [Effect] {
        isPaused.toggle()
        var effects: [Effect] = []
        if !isPaused, let store = pendingStore {
            pendingStore = nil
            effects = apply(store: store)
        }
        pendingSnapshotCount = 0
        return effects
    }

    /// How old the snapshot on screen is, and whether that is past the stale threshold.
    /// While travelling back in time, the newest snapshot's age: STALE is about the feed, not the moment viewed.
    public var snapshotAgeSeconds: Double? {
        let newest = timeTravel == nil ? data?.snapshot.generatedAt : liveStore?.latest?.snapshot.generatedAt
        return newest.map { $0.seconds(until: now) }
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

    /// Takes the snapshot's own spelling of the chosen point when it differs
    /// only in case (`torkham` → `Torkham`), so a config file need not match exactly.
    mutating func matchSelectedPointSpelling() {
        guard let wanted = selectedPoint, let points = data?.crossings.points, !points.contains(where: { $0.point == wanted }) else { return }
        if let match = points.first(where: { $0.point.lowercased() == wanted.lowercased() }) { selectedPoint = match.point }
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

    /// What the dashboard is doing, as far as keys are concerned.
    var keyMode: KeyMode {
        isShowingHelp ? .help : isEditingFilter ? .filter : isShowingAlerts ? .alerts : .panes(focus: focus)
    }

    /// The first key that quits now, for hints: `q`, or `Ctrl-C` while a
    /// filter is being typed (`q` is a letter of it then).
    public var quitKeyName: String {
        let quitting = KeyTable.keys(doing: .quit, in: keyMode)
        return (quitting.first ?? .control("c")).name
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
