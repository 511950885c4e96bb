import DashboardCore

extension AppState {
    /// The firing alerts as the list shows them: critical first, then oldest.
    public var alertEntries: [AlertBoard.Entry] { alerts.entries }

    /// Where the list's cursor is; the first alert when the selected one cleared.
    public var selectedAlertIndex: Int {
        alerts.entries.firstIndex { $0.alert.id == selectedAlertID } ?? 0
    }

    /// What the world outside must do about `transitions`: log them, and ring
    /// the bell for a new critical when the operator asked for it.
    func alertEffects(_ transitions: [AlertTransition]) -> [Effect] {
        guard !transitions.isEmpty else { return [] }
        let ring = options.bell && transitions.contains(where: \.isNewCritical)
        return [.alerts(transitions)] + (ring ? [.bell] : [])
    }

    mutating func openAlertsList() {
        isShowingAlerts = true
        if !alerts.entries.contains(where: { $0.alert.id == selectedAlertID }) { selectedAlertID = alerts.entries.first?.alert.id }
    }

    /// Keys while the list is open: move, `a` acknowledges, Enter goes to
    /// the alert's district or point, Esc or `!` closes, `q` still quits.
    mutating func handleAlertsListKey(_ key: Key) -> [Effect] {
        let entries = alerts.entries
        let index = selectedAlertIndex
        func select(_ position: Int) {
            guard !entries.isEmpty else { return }
            selectedAlertID = entries[max(0, min(entries.count - 1, position))].alert.id
        }
        switch key {
        case .character("q"): return [.quit]
        case .escape, .character("!"), .backspace: isShowingAlerts = false
        case .up, .character("k"): select(index - 1)
        case .down, .character("j"): select(index + 1)
        case .home, .character("g"): select(0)
        case .end, .character("G"): select(entries.count - 1)
        case .character("a"):
            guard index < entries.count, let transition = alerts.acknowledge(id: entries[index].alert.id) else { return [] }
            return alertEffects([transition])
        case .enter, .right, .character("l"):
            guard index < entries.count else { return [] }
            isShowingAlerts = false
            goTo(entries[index].alert.subject)
        default: break
        }
        return []
    }

    /// Enter on an alert: its district (and camp) in the table, its point in
    /// the chart, its deadline in view.
    private mutating func goTo(_ subject: AlertSubject) {
        switch subject {
        case .district, .camp:
            guard let districtID = subject.districtID, data?.district(id: districtID) != nil else { return }
            focus = .districts
            drillDown = nil
            if !districts.filter.isEmpty { districts.filter = "" }
            districts.selectedID = districtID
            refreshRows()
            drillDown = DrillDown(districtID: districtID)
            if case .camp(_, let campID, _) = subject { drillDown!.camps.selectedID = campID }
            refreshRows()
        case .point(let name):
            selectedPoint = name
            focus = .crossings
        case .deadline(let id, _):
            focus = .deadlines
            let order = data.map { DeadlineCountdown.make(deadlines: $0.snapshot.deadlines, now: now) } ?? []
            let position = order.firstIndex { $0.deadline.id == id } ?? 0
            deadlineScrollTop = max(0, min(position, order.count - layout.deadlineRows))
        case .snapshots:
            break
        }
    }
}
