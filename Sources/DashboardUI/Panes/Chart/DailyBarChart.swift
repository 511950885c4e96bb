import DashboardCore

/// Daily totals as vertical bars, one column per day, the latest on the
/// right, scaled so the largest total in view fills the height. The day
/// still in progress is drawn in a glyph and style of its own, and a day
/// with no row shows a dot on the baseline: unknown is not zero.
struct DailyBarChart {
    /// The days in view, oldest first, exactly as wide as the chart (or fewer).
    let series: [DayCount]
    /// The day whose count is still growing (the snapshot's own day).
    let partialDay: CalendarDay?
    let glyphs: PaneGlyphs

    /// Top of the scale: the largest total in view; 0 when every day is zero or unknown.
    var scaleMax: Int { series.reduce(0) { max($0, $1.total ?? 0) } }

    var hasMissingDays: Bool { series.contains { $0.total == nil } }

    /// Filled eighths of a cell for `total` on a chart `rows` tall. A day
    /// with any crossing gets at least one eighth, so a quiet day never
    /// looks like a day with none.
    static func eighths(total: Int, scaleMax: Int, rows: Int) -> Int {
        guard total > 0, scaleMax > 0, rows > 0 else { return 0 }
        let levels = rows * 8
        return max(1, min(levels, (total * levels + scaleMax / 2) / scaleMax))
    }

    /// Draws into `rect`; the last day lands in the right-most column.
    func draw(in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        let shown = series.suffix(rect.width)
        let firstCol = rect.right - shown.count
        let top = scaleMax
        let baseline = rect.bottom - 1
        for (offset, day) in shown.enumerated() {
            let col = firstCol + offset
            guard let total = day.total else {
                screen.set(Cell(glyphs.missingDay, style: .muted), row: baseline, col: col)
                continue
            }
            let filled = DailyBarChart.eighths(total: total, scaleMax: top, rows: rect.height)
            if day.day == partialDay {
                // Whole cells of the partial glyph: a count that is still
                // growing is not worth an eighth's precision, and the glyph
                // must read as different even in monochrome.
                let cells = max(filled > 0 ? 1 : 0, (filled + 4) / 8)
                for step in 0..<cells {
                    screen.set(Cell(glyphs.partialDay, style: .chartPartial), row: baseline - step, col: col)
                }
            } else {
                for step in 0..<rect.height {
                    let level = min(8, filled - step * 8)
                    guard level > 0 else { break }
                    screen.set(Cell(glyphs.eighths[level], style: .chartBar), row: baseline - step, col: col)
                }
            }
        }
    }
}
