import DashboardCore

/// `t`: the crossings pane as a table instead of a chart, and where the
/// operator is in it. Rows are days, newest first, for the chosen point or
/// for all points together; the day cursor is a row.
public struct CrossingsTableState: Sendable, Equatable {
    /// False: the chart (the pane as it always was).
    public var isShown = false
    /// `c` past the last point: the rows add up every point.
    public var showsAllPoints = false
    /// The day under the cursor; nil follows the snapshot's own day, so a
    /// new day's snapshot moves the cursor with it until the operator moves it.
    public var cursorDay: CalendarDay?
    /// First day row shown (0 = the newest day).
    public var scrollTop = 0
    /// First of the scrolling columns shown (those after Day and Total),
    /// moved with ← and →, so narrow terminals reach every column.
    public var firstScrolledColumn = 0

    public init() {}

    /// The cursor's row among `days` (newest first): the chosen day, or the
    /// nearest one inside the table when the snapshot no longer has it.
    func cursorIndex(in days: [CalendarDay]) -> Int {
        guard let cursorDay, let newest = days.first else { return 0 }
        return min(max(0, newest - cursorDay), max(0, days.count - 1))
    }

    /// Puts the cursor on row `index` of `days` and scrolls the least needed
    /// to show it in `visibleRows`. The newest row is "follow today" again.
    mutating func moveCursor(to index: Int, in days: [CalendarDay], visibleRows: Int) {
        guard !days.isEmpty else {
            cursorDay = nil
            scrollTop = 0
            return
        }
        let clamped = min(max(0, index), days.count - 1)
        cursorDay = clamped == 0 ? nil : days[clamped]
        let rows = max(1, visibleRows)
        if clamped < scrollTop { scrollTop = clamped }
        if clamped >= scrollTop + rows { scrollTop = clamped - rows + 1 }
        scrollTop = max(0, min(scrollTop, max(0, days.count - rows)))
    }
}
