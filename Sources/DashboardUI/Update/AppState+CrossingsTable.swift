import DashboardCore

extension AppState {
    /// The crossings table's days, newest first; empty without crossing rows.
    public var crossingsTableDays: [CalendarDay] {
        data?.crossingTable.daysNewestFirst ?? []
    }

    /// `t`: table or chart. The table takes the keys at once: turning it on
    /// focuses the crossings pane, as the day cursor is the reason to open it.
    mutating func toggleCrossingsTable() {
        crossingsTable.isShown.toggle()
        if crossingsTable.isShown {
            focus = .crossings
        } else {
            // "All points" is the table's; the chart goes on with the point it showed.
            crossingsTable.showsAllPoints = false
        }
    }

    /// ↑ ↓ and a week with PgUp PgDn; positive is older (down the table).
    mutating func moveDayCursor(by delta: Int) {
        guard isCrossingsTableShownOrSaySo() else { return }
        let days = crossingsTableDays
        crossingsTable.moveCursor(to: crossingsTable.cursorIndex(in: days) + delta, in: days, visibleRows: layout.crossingsTableRows)
    }

    /// ← →: one column at a time, never past the last column.
    mutating func scrollCrossingsColumns(by delta: Int) {
        guard isCrossingsTableShownOrSaySo() else { return }
        let last = max(0, CrossingsTableColumn.scrolled(provinces: data?.crossingTable.provinces.count ?? 0).count - 1)
        crossingsTable.firstScrolledColumn = min(last, max(0, crossingsTable.firstScrolledColumn + delta))
    }

    /// The table's keys on the chart do nothing but say which key shows it.
    private mutating func isCrossingsTableShownOrSaySo() -> Bool {
        if !crossingsTable.isShown {
            statusMessage = StatusMessage("t shows the crossings as a table with a day cursor", kind: .info, shownAt: now)
        }
        return crossingsTable.isShown
    }
}
