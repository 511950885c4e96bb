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

    /// Moves the list's cursor, held within the list.
    mutating func selectAlert(at position: Int) {
        let entries = alerts.entries
        guard !entries.isEmpty else { return }
        selectedAlertID = entries[max(0, min(entries.count - 1, position))].alert.id
    }

    /// `a` in the list: the alert stays listed, dimmed, until it clears.
    mutating func acknowledgeSelectedAlert() -> [Effect] {
        let entries = alerts.entries
        let index = selectedAlertIndex
        guard index < entries.count, let transition = alerts.acknowledge(id: entries[index].alert.id) else { return [] }
        return alertEffects([transition])
    }

    /// Enter in the list: closes it and goes to what the alert is about.
    mutating func goToSelectedAlert() {
        let entries = alerts.entries
        let index = selectedAlertIndex
        guard index < entries.count else { return }
        isShowingAlerts = false
        goTo(entries[index].alert.subject)
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
            crossingsTable.showsAllPoints = false  // the alert is about that point, in the table too
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
