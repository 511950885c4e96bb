import DashboardCore

/// One figure under the crossings chart: what it is, its value as
/// `CountFormat` writes it, and a qualifier (days covered, no row).
/// Built only from `CrossingPointFigures`, so the pane shows the core's
/// numbers and never works one out itself. Each label names the days its
/// figure covers, in the snapshot's own calendar (see `DateText.day(_:in:)`).
struct CrossingStatItem: Equatable {
    /// Short label for the packed layout of a small pane.
    let label: String
    /// Label for the one-figure-a-line layout of a tall pane.
    let longLabel: String
    let value: String
    let note: String?

    init(label: String, longLabel: String, value: String, note: String? = nil) {
        self.label = label
        self.longLabel = longLabel
        self.value = value
        self.note = note
    }

    /// `label value note`, as the packed layout writes it.
    var compactText: String { [label, value, note].compactMap { $0 }.joined(separator: " ") }

    /// `averageWindow`: whether the short label of the 7-day average names
    /// its days (`7-day avg 03-31–04-06`); the pane drops them when the
    /// figures would need another line. The long label always does.
    static func items(for point: CrossingPointFigures, glyphs: PaneGlyphs, averageWindow: Bool = true) -> [CrossingStatItem] {
        let none = glyphs.notReported
        var items: [CrossingStatItem] = []

        // Dated, so after midnight yesterday's partial count is not read as today's.
        let today = "Today " + DateText.monthDay(point.today) + " so far"
        items.append(CrossingStatItem(label: today, longLabel: today, value: point.todayPartial.map(CountFormat.count) ?? none,
                                      note: point.todayPartial == nil ? "(no row yet)" : nil))

        let lastDay = DateText.monthDay(point.lastCompleteDay)
        items.append(CrossingStatItem(label: "Last day \(lastDay)", longLabel: "Last complete day, \(lastDay)",
                                      value: point.lastCompleteDayTotal.map(CountFormat.count) ?? none,
                                      note: point.lastCompleteDayTotal == nil ? "(no row)" : nil))

        let average = point.sevenDayAverage
        let days = "\(average.spanDays)-day"
        let window = DateText.range(average.span, glyphs: glyphs)
        // Fewer days than the span means gaps in the data: say what the mean rests on.
        let covered = average.daysCovered < average.spanDays ? "(\(average.daysCovered) of \(average.spanDays) days)" : nil
        items.append(CrossingStatItem(label: averageWindow ? "\(days) avg \(window)" : "\(days) avg",
                                      longLabel: "\(days) average, \(window)",
                                      value: average.mean.map { CountFormat.decimal($0) } ?? none, note: covered))

        if let shown = point.dateRange {
            let since = "since " + DateText.day(shown.lowerBound, in: shown.lowerBound...point.today)
            items.append(CrossingStatItem(label: "Total \(since)", longLabel: "Total \(since)",
                                          value: CountFormat.count(point.windowTotal)))
        }

        let share = point.deportedShare
        if share.fraction != nil {
            let note = share.rowsReporting < share.rowsConsidered
                ? "(reported \(share.rowsReporting) of \(share.rowsConsidered) days)" : nil
            items.append(CrossingStatItem(label: "Deported", longLabel: "Deported share",
                                          value: CountFormat.percent(share.deported, of: share.total), note: note))
        } else {
            // No reporting row, or reporting rows that add up to nobody: no share to give.
            items.append(CrossingStatItem(label: "Deported", longLabel: "Deported share",
                                          value: none, note: share.rowsReporting == 0 ? "(not reported)" : nil))
        }
        return items
    }
}
