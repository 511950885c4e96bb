/// What lies under a cell of the screen, worked out from the same `Layout`
/// and table geometry (`TablePaneDrawing`) the view draws with, so a click
/// lands on the row the operator sees there. Pure, and tested without a terminal.
public enum MouseTarget: Sendable, Equatable {
    /// A body row of the table on screen (districts, or a district's camps): its index in the rows.
    case tableRow(Int)
    /// Anywhere else inside a pane: its border, title, headers, totals or blank space.
    case pane(FocusedPane)
    /// The header, the status line, or a screen without panes.
    case nothing

    public static func at(row: Int, col: Int, in state: AppState) -> MouseTarget {
        let layout = state.layout
        // The too-small notice and a missing kept moment draw no panes.
        guard !layout.isTooSmall, state.timeTravel?.problem == nil else { return .nothing }
        if contains(layout.districts, row: row, col: col) {
            let pane = TablePaneDrawing(rect: layout.districts, glyphs: TableGlyphs(state.options), isFocused: true)
            let rows = state.drillDown.map { ($0.camps.rowIDs.count, $0.camps.scrollTop) } ?? (state.districts.rowIDs.count, state.districts.scrollTop)
            let shown = pane.visibleRange(count: rows.0, scrollTop: rows.1)
            let line = row - pane.bodyTop
            // The border columns and the cell before the right border belong to no row.
            let insideColumns = col > layout.districts.col && col < layout.districts.right - 1
            if insideColumns, line >= 0, line < shown.count { return .tableRow(shown.lowerBound + line) }
            return .pane(.districts)
        }
        if contains(layout.crossings, row: row, col: col) { return .pane(.crossings) }
        if contains(layout.deadlines, row: row, col: col) { return .pane(.deadlines) }
        return .nothing
    }

    private static func contains(_ rect: Rect, row: Int, col: Int) -> Bool {
        row >= rect.row && row < rect.bottom && col >= rect.col && col < rect.right
    }
}
