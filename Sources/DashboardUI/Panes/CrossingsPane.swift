import DashboardCore

/// Daily crossings at one point (`state.currentPoint`): a bar chart with one
/// column per day ending at the snapshot's own day, its scale and dates, and
/// the figures operators quote from it. Every number is one that
/// `CrossingPointFigures` computed; the pane only places it.
///
///     ┌─ Crossings · Torkham (1/6)  c: next point ───┐
///     │max 4,604                    ▒ today (partial)│
///     │                                    ▁▂▃▄▅▆▇█▒│
///     │  02-24         03-10         03-24      04-07│
///     │Today 04-07 so far 4,604   Last day 04-06 4,483│
enum CrossingsPane {
    /// Inner rows from which each figure gets a line of its own (a wall
    /// display); below it the figures are packed side by side so the chart
    /// keeps some height at 80×24.
    static let roomyHeight = 16
    /// Blank cells between figures packed on one line.
    static let figureGap = 3

    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        if state.crossingsTable.isShown {
            CrossingsTablePane.draw(state, in: rect, on: &screen)
            return
        }
        let glyphs = PaneGlyphs.forOptions(state.options)
        let focused = state.focus == .crossings
        let points = state.data?.crossings.points ?? []
        let point = state.currentPoint
        let position = point.flatMap { current in points.firstIndex { $0.point == current.point } }
        let room = rect.width - 6  // drawBox keeps "┌─ " and " ─┐" around the title
        screen.drawBox(
            rect, style: focused ? .accent : .muted,
            title: glyphs.fit(title(point: point?.point, position: position, count: points.count, room: room, glyphs: glyphs), toWidth: room),
            titleStyle: focused ? .header : .normal
        )
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        guard state.data != nil else {
            drawMessage("Waiting for a valid snapshot", glyphs: glyphs, in: inner, on: &screen)
            return
        }
        guard let point else {
            drawMessage("No crossing data in this snapshot", glyphs: glyphs, in: inner, on: &screen)
            return
        }
        drawPoint(point, glyphs: glyphs, in: inner, on: &screen)
    }

    /// `Crossings · Torkham (1/6)  c: next point`, fitted to `room` cells:
    /// the key hint goes first, then the point's name is shortened, so the
    /// position stays readable however long the name.
    static func title(point: String?, position: Int?, count: Int, room: Int, glyphs: PaneGlyphs) -> String {
        let base = "Crossings"
        guard let point else { return base }
        let prefix = base + " " + glyphs.separator + " "
        let name = TerminalSafeText.sanitize(point)
        let place = position.map { " (\($0 + 1)/\(count))" } ?? ""
        let hint = count > 1 ? "  c: next point" : ""
        let fixed = TextWidth.of(prefix) + TextWidth.of(place)
        if fixed + TextWidth.of(name) + TextWidth.of(hint) <= room { return prefix + name + place + hint }
        let nameRoom = room - fixed
        guard nameRoom >= 4 else { return prefix + name + place }  // the caller cuts the end
        return prefix + glyphs.fit(name, toWidth: nameRoom) + place
    }

    /// The days the chart shows: as many as the pane is wide, ending at the
    /// snapshot's day, but not before the point's first row (a short series
    /// is drawn against the right edge, not padded with unknown days).
    static func chartDays(for point: CrossingPointFigures, width: Int) -> ClosedRange<CalendarDay> {
        let today = point.today
        var first = today.adding(days: -(max(1, width) - 1))
        if let earliest = point.dateRange?.lowerBound, earliest > first { first = min(earliest, today) }
        return first...today
    }

    private static func drawPoint(_ point: CrossingPointFigures, glyphs: PaneGlyphs, in inner: Rect, on screen: inout Screen) {
        let roomy = inner.height >= roomyHeight
        let (items, figureLines) = roomy
            ? listedFigures(point, glyphs: glyphs)
            : packedFigures(point, glyphs: glyphs, in: inner)
        let figureRows = min(figureLines.count, inner.height)
        // Rows left for the chart and its two labels; the labels go before the bars do.
        let (showLegend, showAxis, chartRows) = chartParts(rows: inner.height - figureRows - (roomy ? 1 : 0))

        let series = point.denseSeries(over: chartDays(for: point, width: inner.width))
        let chart = DailyBarChart(series: series, partialDay: point.todayRow == nil ? nil : point.today, glyphs: glyphs)
        var row = inner.row
        if showLegend {
            drawLegend(chart, hasToday: point.todayRow != nil, glyphs: glyphs, row: row, in: inner, on: &screen)
            row += 1
        }
        if chartRows > 0 {
            chart.draw(in: Rect(row: row, col: inner.col, width: inner.width, height: chartRows), on: &screen)
            row += chartRows
        }
        if showAxis {
            for label in DateAxis.labels(last: point.today, count: series.count, width: inner.width) {
                screen.put(text: label.text, row: row, col: inner.col + label.offset, style: .muted, maxWidth: inner.right - inner.col - label.offset)
            }
            row += 1
        }
        if roomy { row += 1 }
        let lines = figureLines.prefix(figureRows).map { $0.map { items[$0] } }
        if roomy {
            drawFigureList(lines.map { $0[0] }, fromRow: row, glyphs: glyphs, in: inner, on: &screen)
        } else {
            for (offset, line) in lines.enumerated() {
                drawPackedFigures(line, row: row + offset, glyphs: glyphs, in: inner, on: &screen)
            }
        }
    }

    private static func listedFigures(_ point: CrossingPointFigures, glyphs: PaneGlyphs) -> ([CrossingStatItem], [[Int]]) {
        let items = CrossingStatItem.items(for: point, glyphs: glyphs)
        return (items, items.indices.map { [$0] })
    }

    /// How the rows above the figures are shared: the date axis from 2
    /// rows, the legend from 3, bars in the rest.
    private static func chartParts(rows: Int) -> (legend: Bool, axis: Bool, bars: Int) {
        let legend = rows >= 3
        let axis = rows >= 2
        return (legend, axis, max(0, rows - (legend ? 1 : 0) - (axis ? 1 : 0)))
    }

    /// Bars the chart keeps, at the least, when the figures take a line more
    /// to name the 7-day average's days.
    static let barRowsKeptForTheWindow = 4

    /// The figures packed into lines. The 7-day average names its days
    /// (`7-day avg 03-31–04-06`) unless that cuts its figure short, or costs
    /// a line that the chart cannot spare (it keeps `barRowsKeptForTheWindow`).
    private static func packedFigures(_ point: CrossingPointFigures, glyphs: PaneGlyphs, in inner: Rect) -> ([CrossingStatItem], [[Int]]) {
        func packed(averageWindow: Bool) -> (items: [CrossingStatItem], lines: [[Int]], cutShort: Bool) {
            let items = CrossingStatItem.items(for: point, glyphs: glyphs, averageWindow: averageWindow)
            let lines = FlowLayout.lines(widths: items.map { TextWidth.of($0.compactText) }, width: inner.width, gap: figureGap)
            // A note may be cut at the pane's edge; a figure may not.
            return (items, lines, items.contains { TextWidth.of($0.label + " " + $0.value) > inner.width })
        }
        let dated = packed(averageWindow: true)
        let plain = packed(averageWindow: false)
        let cutShort = dated.cutShort && !plain.cutShort
        let spareLines = dated.lines.count <= plain.lines.count
            || chartParts(rows: inner.height - dated.lines.count).bars >= barRowsKeptForTheWindow
        return !cutShort && spareLines ? (dated.items, dated.lines) : (plain.items, plain.lines)
    }

    /// The scale (`max 4,604`, the top of the bars) on the left; what the
    /// special glyphs mean on the right, as far as they fit.
    private static func drawLegend(_ chart: DailyBarChart, hasToday: Bool, glyphs: PaneGlyphs, row: Int, in inner: Rect, on screen: inout Screen) {
        let scale = "max " + CountFormat.count(chart.scaleMax)
        let scaleWidth = screen.put(text: scale, row: row, col: inner.col, style: .muted, maxWidth: inner.width)
        var keys: [(glyph: Character, style: Style, text: String)] = []
        if hasToday { keys.append((glyphs.partialDay, .chartPartial, "today (partial)")) }
        if chart.hasMissingDays { keys.append((glyphs.missingDay, .muted, "no data")) }
        // Drop keys from the end until the rest fits beside the scale.
        while !keys.isEmpty {
            let needed = keys.reduce(0) { $0 + 2 + TextWidth.of($1.text) } + 2 * (keys.count - 1)
            if scaleWidth + 2 + needed <= inner.width {
                var col = inner.right - needed
                for key in keys {
                    screen.set(Cell(key.glyph, style: key.style), row: row, col: col)
                    col += 2 + screen.put(text: key.text, row: row, col: col + 2, style: .muted) + 2
                }
                return
            }
            keys.removeLast()
        }
    }

    private static func drawPackedFigures(_ items: [CrossingStatItem], row: Int, glyphs: PaneGlyphs, in inner: Rect, on screen: inout Screen) {
        var col = inner.col
        for (index, item) in items.enumerated() {
            if index > 0 { col += figureGap }
            write(item.label + " ", style: .normal, col: &col, row: row, glyphs: glyphs, in: inner, on: &screen)
            write(item.value, style: .normal.adding(.bold), col: &col, row: row, glyphs: glyphs, in: inner, on: &screen)
            if let note = item.note {
                write(" " + note, style: .muted, col: &col, row: row, glyphs: glyphs, in: inner, on: &screen)
            }
        }
    }

    /// One figure a line, labels and values in aligned columns.
    private static func drawFigureList(_ items: [CrossingStatItem], fromRow top: Int, glyphs: PaneGlyphs, in inner: Rect, on screen: inout Screen) {
        let labelWidth = items.map { TextWidth.of($0.longLabel) }.max() ?? 0
        let valueWidth = items.map { TextWidth.of($0.value) }.max() ?? 0
        for (offset, item) in items.enumerated() {
            let row = top + offset
            var col = inner.col
            write(TextWidth.pad(item.longLabel, toWidth: labelWidth) + "  ", style: .normal, col: &col, row: row, glyphs: glyphs, in: inner, on: &screen)
            write(TextWidth.pad(item.value, toWidth: valueWidth, alignRight: true), style: .normal.adding(.bold), col: &col, row: row, glyphs: glyphs, in: inner, on: &screen)
            if let note = item.note {
                write(" " + note, style: .muted, col: &col, row: row, glyphs: glyphs, in: inner, on: &screen)
            }
        }
    }

    /// Writes `text` at `col` and moves `col` past it, never beyond the pane.
    private static func write(_ text: String, style: Style, col: inout Int, row: Int, glyphs: PaneGlyphs, in inner: Rect, on screen: inout Screen) {
        guard col < inner.right else { return }
        col += screen.put(text: glyphs.fit(text, toWidth: inner.right - col), row: row, col: col, style: style)
    }

    /// A sentence in the middle of the pane, where it cannot be missed.
    private static func drawMessage(_ text: String, glyphs: PaneGlyphs, in inner: Rect, on screen: inout Screen) {
        let fitted = glyphs.fit(text, toWidth: inner.width)
        screen.put(text: fitted, row: inner.row + (inner.height - 1) / 2, col: inner.col + (inner.width - TextWidth.of(fitted)) / 2,
                   style: .muted)
    }
}
