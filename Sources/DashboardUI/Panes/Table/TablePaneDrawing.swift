import DashboardCore

/// What the districts and camps panes draw alike, in one box:
///
///     ┌─ Districts (23) ───────────┐   border and title
///     │ District      Population ▼ │   column headers
///     │›Peshawar            66,840 │   body rows from the scroll position
///     │ Hangu               16,072 │
///     │ All districts      443,330 │   totals, right under the last row
///     └──────────────── 1-2 of 23 ─┘   which rows are showing
///
/// The cell left of the columns holds the selection marker (so the selection
/// shows in monochrome too); one blank cell is kept before the right border.
/// The body row count (height - 4) is `Layout.tableBodyRows`, so paging in
/// `update` moves by what is on screen.
struct TablePaneDrawing: Sendable {
    static let columnGap = 2

    let rect: Rect
    let glyphs: TableGlyphs
    let isFocused: Bool
    /// False for a table without totals (the crossings table): its rows go down to the border.
    var hasTotalsRow = true

    var headerRow: Int { rect.row + 1 }
    var bodyTop: Int { rect.row + 2 }
    var bodyRows: Int { max(0, rect.height - (hasTotalsRow ? 4 : 3)) }
    /// Right under the last row shown (or under the message that stands for
    /// the rows), so a short table does not leave its totals at the foot of
    /// an empty pane; a full pane puts them on its last inside row.
    func totalsRow(rowsShown: Int) -> Int { min(rect.bottom - 2, bodyTop + max(1, rowsShown)) }
    var markerCol: Int { rect.col + 1 }
    /// Where the columns start, after the marker cell.
    var contentCol: Int { rect.col + 2 }
    /// One blank cell is kept before the right border.
    var contentWidth: Int { max(0, rect.width - 4) }

    /// The pane width that gives the columns `contentWidth` cells: the two
    /// borders, the marker cell and the blank cell.
    static func paneWidth(forContentWidth content: Int) -> Int { content + 4 }

    /// The focused pane's border and title stand out; in monochrome, bold against dim.
    func drawFrame(title: String, on screen: inout Screen) {
        // Cut here so ASCII mode gets its own ellipsis; drawBox keeps a space either side.
        let fitted = glyphs.truncate(title, toWidth: max(0, rect.width - 6))
        screen.drawBox(rect, style: isFocused ? .accent : .muted, title: fitted, titleStyle: isFocused ? .header : .normal)
    }

    func drawHeader<Key>(_ layout: TableLayout<Key>, sortedBy sorted: Key?, on screen: inout Screen) {
        guard rect.height >= 3 else { return }
        layout.draw(row: headerRow, col: contentCol, on: &screen, glyphs: glyphs) { key in
            let title = layout.slots.first { $0.column.key == key }?.column.title ?? ""
            return TableCell(title, style: key == sorted ? Style.header.adding(.underline) : .header)
        }
    }

    /// Body row `line` (0 = first below the headers).
    func drawRow<Key>(
        line: Int, isSelected: Bool, isChanged: Bool = false, _ layout: TableLayout<Key>, on screen: inout Screen,
        cell: (Key) -> TableCell
    ) {
        guard line < bodyRows, rect.width >= 3 else { return }
        let row = bodyTop + line
        if isSelected {
            screen.fill(Rect(row: row, col: rect.col + 1, width: rect.width - 2, height: 1), style: .selected)
        }
        // Figures on this row moved with the newest snapshot: a character, so it
        // shows without colour, and on the selected row too (the selection bar
        // still says which row that is; `›` marks it when nothing moved).
        if isChanged {
            let style = Style.accent.adding(.bold)
            screen.put(text: glyphs.changed, row: row, col: markerCol, style: isSelected ? style.on(.selected) : style, maxWidth: 1)
        } else if isSelected {
            screen.put(text: glyphs.selection, row: row, col: markerCol, style: .selected, maxWidth: 1)
        }
        layout.draw(row: row, col: contentCol, on: &screen, glyphs: glyphs, background: isSelected ? .selected : nil, cell: cell)
    }

    func drawTotals<Key>(_ layout: TableLayout<Key>, rowsShown: Int, on screen: inout Screen, cell: (Key) -> TableCell) {
        guard rect.height >= 4 else { return }
        layout.draw(row: totalsRow(rowsShown: rowsShown), col: contentCol, on: &screen, glyphs: glyphs) { key in
            let content = cell(key)
            return TableCell(content.text, style: content.style.adding(.bold))
        }
    }

    /// A sentence in place of the rows: nothing to show yet, or the filter matched nothing.
    func drawMessage(_ text: String, on screen: inout Screen) {
        guard bodyRows > 0 else { return }
        screen.put(text: glyphs.truncate(text, toWidth: contentWidth), row: bodyTop, col: contentCol, style: .muted, maxWidth: contentWidth)
    }

    /// "9-16 of 23" on the bottom border when not every row fits.
    func drawPosition(firstShown: Int, shown: Int, of total: Int, on screen: inout Screen) {
        guard shown < total, shown > 0, rect.height >= 2 else { return }
        let text = " \(CountFormat.count(firstShown + 1))-\(CountFormat.count(firstShown + shown)) of \(CountFormat.count(total)) "
        let width = TextWidth.of(text)
        guard width <= rect.width - 4 else { return }
        screen.put(text: text, row: rect.bottom - 1, col: rect.right - 2 - width, style: isFocused ? .accent : .muted)
    }

    /// The rows to draw from `scrollTop`, clamped so a stale scroll position never shows an empty pane.
    func visibleRange(count: Int, scrollTop: Int) -> Range<Int> {
        guard count > 0, bodyRows > 0 else { return 0..<0 }
        let top = max(0, min(scrollTop, count - bodyRows))
        return top..<min(count, top + bodyRows)
    }
}
