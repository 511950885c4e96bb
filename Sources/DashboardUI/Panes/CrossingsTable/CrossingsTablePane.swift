import DashboardCore

/// The crossings pane as a table (`t`): one row per day, newest first, at
/// the chosen point or at all points together (`c` cycles through both),
/// with the day cursor on a row. Every figure is one `CrossingTable`
/// computed; the pane only places it.
///
///     ┌─ Crossings table · Torkham (1/7)  c: point ──┐
///     │ Day       Total  Deported  Families  PoR     │
///     │›04-07 ▒   4,604     1,012         –  390     │
///     │ 04-06     4,483       988       702  412     │
///     └─────────────────────── ← columns 1-3 of 13 → ─┘
///
/// Day and Total always show. The other columns scroll with ← and → when
/// the pane is too narrow for them all; the bottom border says which are
/// showing. A figure the data does not give is `–`; a sum over all points
/// that only some points gave is `≥` (as in the districts table).
enum CrossingsTablePane {
    static let baseTitle = "Crossings table"

    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        let glyphs = TableGlyphs(state.options)
        let drawing = TablePaneDrawing(rect: rect, glyphs: glyphs, isFocused: state.focus == .crossings, hasTotalsRow: false)
        guard let data = state.data else {
            drawing.drawFrame(title: baseTitle, on: &screen)
            drawing.drawMessage("Waiting for a valid snapshot", on: &screen)
            return
        }
        let points = data.crossings.points
        guard let point = state.currentPoint else {
            drawing.drawFrame(title: baseTitle, on: &screen)
            drawing.drawMessage("No crossing data in this snapshot", on: &screen)
            return
        }
        let view = state.crossingsTable
        let position = view.showsAllPoints ? points.count : points.firstIndex { $0.point == point.point } ?? 0
        drawing.drawFrame(title: title(point: view.showsAllPoints ? nil : point.point, position: position, count: points.count + 1,
                                       room: max(0, rect.width - 6), glyphs: glyphs), on: &screen)

        let table = data.crossingTable
        let days = table.daysNewestFirst
        let rows = days.map { view.showsAllPoints ? table.figuresOfAllPoints(on: $0) : table.figures(on: $0, at: point) }
        let scrolled = CrossingsTableColumn.scrolled(provinces: table.provinces.count)
        let first = min(view.firstScrolledColumn, max(0, scrolled.count - 1))
        let wanted = CrossingsTableColumn.pinned + scrolled[first...]
        let dayWindow = (days.last ?? table.today)...table.today
        func cell(_ column: CrossingsTableColumn, _ figures: CrossingDayFigures) -> TableCell {
            guard let sum = column.figure(of: figures) else { return dayCell(figures.day, window: dayWindow, today: table.today, options: state.options) }
            return FigureText.reported(sum, glyphs: glyphs)
        }
        let columns = wanted.map { column in
            let title = glyphs.truncate(column.title(provinces: table.provinces), toWidth: CrossingsTableColumn.longestTitle)
            let widest = rows.reduce(0) { max($0, TextWidth.of(cell(column, $1).text)) }
            return TableColumn(key: column, title: title, alignment: column == .day ? .left : .right, width: widest)
        }
        // Whatever does not fit goes from the right; ← and → bring it back.
        let layout = TableLayout(columns: columns, width: drawing.contentWidth, gap: TablePaneDrawing.columnGap,
                                 narrowing: wanted.reversed().filter { !CrossingsTableColumn.pinned.contains($0) }.map { .drop($0) })
        drawing.drawHeader(layout, sortedBy: nil, on: &screen)
        let cursor = view.cursorIndex(in: days)
        for (line, index) in drawing.visibleRange(count: rows.count, scrollTop: view.scrollTop).enumerated() {
            drawing.drawRow(line: line, isSelected: index == cursor, layout, on: &screen) { cell($0, rows[index]) }
        }
        let shown = layout.keys.filter { !CrossingsTableColumn.pinned.contains($0) }.count
        drawColumnPosition(first: first, shown: shown, of: scrolled.count, drawing: drawing,
                           arrows: PaneGlyphs.forOptions(state.options), on: &screen)
    }

    /// `Crossings table · Torkham (1/7)  c: point`, or `All points (7/7)`;
    /// the hint goes first when room is short, then the name is cut.
    static func title(point: String?, position: Int, count: Int, room: Int, glyphs: TableGlyphs) -> String {
        let prefix = baseTitle + " " + (glyphs.isASCII ? "-" : "·") + " "
        let name = point.map(TerminalSafeText.sanitize) ?? "All points"
        let place = " (\(position + 1)/\(count))"
        let hint = "  c: point"
        let fixed = TextWidth.of(prefix) + TextWidth.of(place)
        if fixed + TextWidth.of(name) + TextWidth.of(hint) <= room { return prefix + name + place + hint }
        guard room - fixed >= 4 else { return prefix + name + place }  // the frame cuts the end
        return prefix + glyphs.truncate(name, toWidth: room - fixed) + place
    }

    /// `04-07`, or the whole date when the table's days span two years;
    /// today's row is marked partial (the day is not over), as on the chart.
    static func dayCell(_ day: CalendarDay, window: ClosedRange<CalendarDay>, today: CalendarDay, options: DisplayOptions) -> TableCell {
        let text = DateText.day(day, in: window)
        return day == today ? TableCell(text + " " + String(PaneGlyphs.forOptions(options).partialDay), style: .chartPartial) : TableCell(text)
    }

    /// ` ← columns 1-3 of 13 → ` on the bottom border when not every
    /// scrolling column shows; an arrow only on a side with more to see.
    static func drawColumnPosition(
        first: Int, shown: Int, of total: Int, drawing: TablePaneDrawing, arrows: PaneGlyphs, on screen: inout Screen
    ) {
        guard shown < total, drawing.rect.height >= 2 else { return }
        let left = first > 0 ? arrows.left + " " : ""
        let right = first + shown < total ? " " + arrows.right : ""
        let range = shown == 1 ? "column \(first + 1)" : shown == 0 ? "no column" : "columns \(first + 1)-\(first + shown)"
        let text = " " + left + range + " of \(total)" + right + " "
        let width = TextWidth.of(text)
        guard width <= drawing.rect.width - 4 else { return }
        let rect = drawing.rect
        screen.put(text: text, row: rect.bottom - 1, col: rect.right - 2 - width, style: drawing.isFocused ? .accent : .muted)
    }
}
