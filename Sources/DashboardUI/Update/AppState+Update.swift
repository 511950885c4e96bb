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
        case .exportFinished(let outcome):
            finishExport(outcome)
            return []
        }
    }

    private mutating func handle(_ key: Key) -> [Effect] {
        // Keys that work everywhere, even in help or while typing a filter.
        switch key {
        case .control("c"): return [.quit]
        case .control("l"): return [.repaintAll]
        case .resize: return []
        default: break
        }
        if isShowingHelp {
            // Any key closes help; q still quits, so nobody is trapped.
            isShowingHelp = false
            return key == .character("q") ? [.quit] : []
        }
        if isEditingFilter { return editFilter(key) }
        if isShowingAlerts { return handleAlertsListKey(key) }

        switch key {
        case .character("q"): return [.quit]
        case .character("?"), .f1: isShowingHelp = true
        case .tab: focus = focus.next
        case .backTab: focus = focus.previous
        case .character("c"): cyclePoint()
        case .character("p"): return togglePause()
        case .character("!"): openAlertsList()
        case .character("r"): return [.rescan]
        case .character("e"): return exportCurrentTable()
        case .character("/"):
            focus = .districts
            isEditingFilter = true
        default:
            switch focus {
            case .districts: handleTableKey(key)
            case .deadlines: handleDeadlineKey(key)
            case .crossings: if case .character("C") = key { cyclePoint(backwards: true) }
            }
        }
        return []
    }

    // MARK: Filter

    private mutating func editFilter(_ key: Key) -> [Effect] {
        switch key {
        case .escape:
            setFilter("")
            isEditingFilter = false
        case .enter, .tab:
            isEditingFilter = false
        case .backspace:
            var text = activeFilter
            if !text.isEmpty { text.removeLast() }
            setFilter(text)
        case .character(let character):
            setFilter(activeFilter + String(character))
        default:
            break
        }
        return []
    }

    mutating func setFilter(_ text: String) {
        if drillDown != nil { drillDown!.camps.filter = text } else { districts.filter = text }
        refreshRows()
    }

    // MARK: Tables

    private mutating func handleTableKey(_ key: Key) {
        let page = layout.tableBodyRows
        switch key {
        case .up, .character("k"): moveSelection(by: -1)
        case .down, .character("j"): moveSelection(by: 1)
        case .pageUp: moveSelection(by: -page)
        case .pageDown: moveSelection(by: page)
        case .home, .character("g"): moveSelection(to: 0)
        case .end, .character("G"): moveSelection(to: Int.max)
        case .character("s"):
            if drillDown != nil { drillDown!.camps.cycleSort() } else { districts.cycleSort() }
            refreshRows()
        case .character("S"):
            if drillDown != nil { drillDown!.camps.ascending.toggle() } else { districts.ascending.toggle() }
            refreshRows()
        case .enter, .right, .character("l"):
            enterDistrict()
        case .escape, .backspace, .left, .character("h"):
            if drillDown != nil {
                drillDown = nil
                refreshRows() // the districts table keeps its selection: the district left
            } else if key == .escape, !districts.filter.isEmpty {
                setFilter("")
            }
        default:
            break
        }
    }

    private mutating func moveSelection(by delta: Int) {
        let current = drillDown?.camps.selectedIndex ?? districts.selectedIndex
        moveSelection(to: max(0, current + delta))
    }

    private mutating func moveSelection(to index: Int) {
        let rows = layout.tableBodyRows
        if drillDown != nil {
            drillDown!.camps.select(index: min(index, max(0, drillDown!.camps.rowIDs.count - 1)), visibleRows: rows)
        } else {
            districts.select(index: min(index, max(0, districts.rowIDs.count - 1)), visibleRows: rows)
        }
    }

    private mutating func enterDistrict() {
        guard drillDown == nil, let id = districts.selectedID, data?.district(id: id) != nil else { return }
        drillDown = DrillDown(districtID: id)
        refreshRows()
    }

    // MARK: Crossings and deadlines

    private mutating func cyclePoint(backwards: Bool = false) {
        guard let points = data?.crossings.points, !points.isEmpty else { return }
        let index = points.firstIndex { $0.point == currentPoint?.point } ?? 0
        let next = (index + (backwards ? points.count - 1 : 1)) % points.count
        selectedPoint = points[next].point
    }

    private mutating func handleDeadlineKey(_ key: Key) {
        let count = data?.snapshot.deadlines.count ?? 0
        let last = max(0, count - layout.deadlineRows)
        switch key {
        case .up, .character("k"): deadlineScrollTop = max(0, deadlineScrollTop - 1)
        case .down, .character("j"): deadlineScrollTop = min(last, deadlineScrollTop + 1)
        case .home, .character("g"): deadlineScrollTop = 0
        case .end, .character("G"): deadlineScrollTop = last
        case .pageUp: deadlineScrollTop = max(0, deadlineScrollTop - layout.deadlineRows)
        case .pageDown: deadlineScrollTop = min(last, deadlineScrollTop + layout.deadlineRows)
        default: break
        }
    }
}
