import DashboardCore

/// A district's trend on the drill-down's bottom border: a sparkline of its
/// population over the kept history, then first, last, low and high with
/// their times as figures (the line alone gives shape, not numbers):
///
///     ▇█▆▁▄ first 1,005 06:00 · last 995 12:00 · low 955 09:00 · high 1,045 07:30
///     1,005 06:00 → 995 12:00 · low 955 09:00 · high 1,045 07:30   (narrow)
enum TrendLine {
    static let sparklineMaximumWidth = 24

    /// The text for `trend` in at most `width` cells; nil with fewer than two points (no trend to show).
    static func text(_ trend: DistrictTrend, zone: SnapshotTimeZone, glyphs: PaneGlyphs, width: Int) -> String? {
        guard trend.points.count >= 2, let first = trend.first, let last = trend.last,
              let low = trend.minimum, let high = trend.maximum else { return nil }
        let shown = last.time
        func figure(_ label: String, _ point: DistrictTrend.Point) -> String {
            "\(label) \(CountFormat.count(point.population)) \(BaselineText.clock(point.time, shown: shown, zone: zone))"
        }
        let separator = " \(glyphs.separator) "
        let extremes = separator + figure("low", low) + separator + figure("high", high)
        var figures = figure("first", first) + separator + figure("last", last) + extremes
        if TextWidth.of(figures) > width {
            // Narrow: first → last without their labels, so low and high still fit.
            let arrow = glyphs.ellipsis == "…" ? " → " : " -> "
            figures = figure("", first).dropFirst() + arrow + figure("", last).dropFirst() + extremes
        }
        let room = width - TextWidth.of(figures) - 1
        guard room >= 2 else { return glyphs.fit(figures, toWidth: width) }
        return sparkline(trend.points.map(\.population), width: min(room, sparklineMaximumWidth), glyphs: glyphs) + " " + figures
    }

    /// One cell per point (evenly sampled when there are more points than
    /// cells), from the lowest eighth for the minimum to a full cell for the maximum.
    static func sparkline(_ values: [Int], width: Int, glyphs: PaneGlyphs) -> String {
        guard let low = values.min(), let high = values.max(), width > 0 else { return "" }
        let count = min(width, values.count)
        let sampled = (0..<count).map { values[count == values.count ? $0 : $0 * (values.count - 1) / max(1, count - 1)] }
        return String(sampled.map { value in
            let level = high == low ? 4 : 1 + (value - low) * 7 / (high - low)
            return glyphs.eighths[level]
        })
    }
}
