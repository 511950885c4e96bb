import DashboardCore

extension AppState {
    /// The one place the state changes. Returns what the outside world must do.
    @discardableResult
    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .tick(let instant):
            now = instant
            return alertEffects(alerts.tick(now: instant))
        case .resize(let newWidth, let newHeight):
            resize(width: newWidth, height: newHeight)
            return [.repaintAll]
        case .snapshots(let store):
            return apply(store: store)
        case .key(let key):
            return handle(key)
        case .mouse(let event):
            return handle(event)
        case .exportFinished(let outcome):
            finishExport(outcome)
            return []
        case .sourceStatus(let problem):
            sourceProblem = problem
            return []
        case .startingView(let sortColumn, let ascending, let point):
            districts.sortColumn = sortColumn
            districts.ascending = ascending
            selectedPoint = point
            matchSelectedPointSpelling()
            refreshRows()
            return []
        case .selectDistrict(let id):
            districts.selectedID = id
            refreshRows()
            return []
        case .sortCamps(let column, let ascending):
            drillDown?.camps.sortColumn = column
            drillDown?.camps.ascending = ascending
            refreshRows()
            return []
        case .filter(let text):
            setFilter(text)
            return []
        case .snapshotReread(let file):
            takeReread(file)
            return []
        case .compare(let instant):
            compare(with: instant)
            return []
        case .travel(let instant):
            return travel(toInstant: instant)
        }
    }

    /// Looks `key` up in `KeyTable` for what the dashboard is doing now. The
    /// one road for every key, also those typed while snapshots are read.
    private mutating func handle(_ key: Key) -> [Effect] {
        if key == .resize { return [] }
        // A hint answers only the key before this one.
        if statusMessage?.kind == .hint { statusMessage = nil }
        let mode = keyMode
        if let action = KeyTable.action(for: key, in: mode) { return perform(action) }
        switch mode {
        case .help:
            // Any key closes help; the one that quits still quits, so nobody is trapped.
            if KeyTable.action(for: key, in: .panes(focus: focus)) == .quit { return [.quit] }
            isShowingHelp = false
        case .alerts:
            // The list's own keys are in the table; the one that quits still quits.
            if KeyTable.action(for: key, in: .panes(focus: focus)) == .quit { return [.quit] }
        case .filter:
            if case .character(let character) = key { setFilter(activeFilter + String(character)) }
        case .panes:
            hintNoAction(for: key)
        }
        return []
    }

    /// A key that does nothing in the focused pane says so on the status
    /// line, instead of leaving the operator to wonder whether it was heard.
    private mutating func hintNoAction(for key: Key) {
        // Bytes ncurses could not name are no key the operator chose.
        guard key != .unknown else { return }
        statusMessage = StatusMessage("\(key.name): no action here; ? lists the keys", kind: .hint, shownAt: now)
    }

    private mutating func perform(_ action: KeyAction) -> [Effect] {
        let page = isShowingHelp ? HelpOverlay.visibleLineCount(self) : focus == .deadlines ? layout.deadlineRows : layout.tableBodyRows
        switch action {
        case .quit: return [.quit]
        case .redraw: return [.repaintAll]
        case .showHelp:
            isShowingHelp = true
            helpScrollTop = 0
        case .nextPane: focus = focus.next
        case .previousPane: focus = focus.previous
        case .moveUp: move(by: -1)
        case .moveDown: move(by: 1)
        case .pageUp: move(by: -page)
        case .pageDown: move(by: page)
        case .first: moveToEnd(last: false)
        case .last:
            // While a past moment is on screen, "the last" is the live one.
            if timeTravel != nil { returnToLive() } else { moveToEnd(last: true) }
        case .openDistrict: enterDistrict()
        case .back: leaveDistrict()
        case .backOrClearFilter:
            if drillDown != nil { leaveDistrict() } else if !districts.filter.isEmpty { setFilter("") }
        case .nextSort:
            if drillDown != nil { drillDown!.camps.cycleSort() } else { districts.cycleSort() }
            refreshRows()
        case .reverseSort:
            if drillDown != nil { drillDown!.camps.ascending.toggle() } else { districts.ascending.toggle() }
            refreshRows()
        case .sortLeft, .sortRight:
            let offset = action == .sortLeft ? -1 : 1
            if drillDown != nil { drillDown!.camps.moveSort(by: offset) } else { districts.moveSort(by: offset) }
            refreshRows()
        case .startFilter:
            focus = .districts
            isEditingFilter = true
        case .keepFilter: isEditingFilter = false
        case .clearFilter:
            setFilter("")
            isEditingFilter = false
        case .deleteFilterCharacter:
            var text = activeFilter
            if !text.isEmpty { text.removeLast() }
            setFilter(text)
        case .export: return exportCurrentTable()
        case .nextPoint: cyclePoint()
        case .previousPoint: cyclePoint(backwards: true)
        case .togglePause: return togglePause()
        case .showAlerts: openAlertsList()
        case .closeAlerts: isShowingAlerts = false
        case .previousAlert: selectAlert(at: selectedAlertIndex - 1)
        case .nextAlert: selectAlert(at: selectedAlertIndex + 1)
        case .acknowledgeAlert: return acknowledgeSelectedAlert()
        case .goToAlert: goToSelectedAlert()
        case .rescan: return [.rescan]
        case .cycleBaseline: cycleBaseline()
        case .travelBack: return travelBack()
        case .travelForward: return travelForward()
        case .toggleCrossingsTable: toggleCrossingsTable()
        case .newerDay: moveDayCursor(by: -1)
        case .olderDay: moveDayCursor(by: 1)
        case .newerWeek: moveDayCursor(by: -CrossingPointFigures.averageDays)
        case .olderWeek: moveDayCursor(by: CrossingPointFigures.averageDays)
        case .scrollColumnsLeft: scrollCrossingsColumns(by: -1)
        case .scrollColumnsRight: scrollCrossingsColumns(by: 1)
        }
        return []
    }

    // MARK: Filter

    mutating func setFilter(_ text: String) {
        if drillDown != nil { drillDown!.camps.filter = text } else { districts.filter = text }
        refreshRows()
    }

    // MARK: Tables

    /// Up, down, a page, the first or the last: the selection in the table,
    /// or the scroll of the deadlines, whichever pane is focused.
    private mutating func move(by delta: Int) {
        if isShowingHelp {
            scrollHelp(to: helpScrollTop + delta)
        } else if focus == .deadlines {
            scrollDeadlines(by: delta)
        } else {
            moveSelection(by: delta)
        }
    }

    private mutating func moveToEnd(last: Bool) {
        if isShowingHelp {
            scrollHelp(to: last ? Int.max : 0)
        } else if focus == .deadlines {
            deadlineScrollTop = last ? lastDeadlineScrollTop : 0
        } else {
            moveSelection(to: last ? Int.max : 0)
        }
    }

    private mutating func leaveDistrict() {
        guard drillDown != nil else { return }
        drillDown = nil
        refreshRows() // the districts table keeps its selection: the district left
    }

    mutating func moveSelection(by delta: Int) {
        let current = drillDown?.camps.selectedIndex ?? districts.selectedIndex
        moveSelection(to: max(0, current + delta))
    }

    mutating func moveSelection(to index: Int) {
        let rows = layout.tableBodyRows
        if drillDown != nil {
            drillDown!.camps.select(index: min(index, max(0, drillDown!.camps.rowIDs.count - 1)), visibleRows: rows)
        } else {
            districts.select(index: min(index, max(0, districts.rowIDs.count - 1)), visibleRows: rows)
        }
    }

    mutating func enterDistrict() {
        guard drillDown == nil, let id = districts.selectedID, data?.district(id: id) != nil else { return }
        drillDown = DrillDown(districtID: id)
        refreshRows()
    }

    // MARK: Crossings and deadlines

    /// In the crossings table, "All points" comes after the last point.
    private mutating func cyclePoint(backwards: Bool = false) {
        guard let points = data?.crossings.points, !points.isEmpty else { return }
        let withAll = crossingsTable.isShown
        let count = points.count + (withAll ? 1 : 0)
        let index = withAll && crossingsTable.showsAllPoints ? points.count : points.firstIndex { $0.point == currentPoint?.point } ?? 0
        let next = (index + (backwards ? count - 1 : 1)) % count
        crossingsTable.showsAllPoints = next == points.count
        if next < points.count { selectedPoint = points[next].point }
    }

    mutating func scrollHelp(to line: Int) {
        helpScrollTop = min(HelpOverlay.lastScrollTop(self), max(0, line))
    }

    mutating func scrollDeadlines(by delta: Int) {
        deadlineScrollTop = min(lastDeadlineScrollTop, max(0, deadlineScrollTop + delta))
    }

    private var lastDeadlineScrollTop: Int {
        max(0, (data?.snapshot.deadlines.count ?? 0) - layout.deadlineRows)
    }
}
