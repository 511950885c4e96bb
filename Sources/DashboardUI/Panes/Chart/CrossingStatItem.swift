import DashboardCore

/// One figure under the crossings chart: what it is, its value as
/// `CountFormat` writes it, and a qualifier ("partial", days covered).
/// Built only from `CrossingPointFigures`, so the pane shows the core's
/// numbers and never works one out itself.
struct CrossingStatItem: Equatable {
    /// Short label for the packed layout of a small pane.
    let label: String
    /// Label for the one-figure-a-line layout of a tall pane.
    let longLabel: String
    let value: String
    let note: String?
    /// The qualifier marks a partial count: drawn like today's bar.
    let noteIsPartial: Bool

    init(label: String, longLabel: String, value: String, note: String? = nil, noteIsPartial: Bool = false) {
        self.label = label
        self.longLabel = longLabel
        self.value = value
        self.note = note
        self.noteIsPartial = noteIsPartial
    }

    /// `label value note`, as the packed layout writes it.
    var compactText: String { [label, value, note].compactMap { $0 }.joined(separator: " ") }

    static func items(for point: CrossingPointFigures, glyphs: PaneGlyphs) -> [CrossingStatItem] {
        let none = glyphs.notReported
        var items: [CrossingStatItem] = []

        if let today = point.todayPartial {
            items.append(CrossingStatItem(label: "Today", longLabel: "Today so far",
                                          value: CountFormat.count(today), note: "(partial)", noteIsPartial: true))
        } else {
            items.append(CrossingStatItem(label: "Today", longLabel: "Today so far", value: none, note: "(no row yet)"))
        }

        if let day = point.lastCompleteDay, let total = point.lastCompleteDayTotal {
            let date = DateText.monthDay(day)
            items.append(CrossingStatItem(label: "Last day \(date)", longLabel: "Last complete day, \(date)",
                                          value: CountFormat.count(total)))
        } else {
            items.append(CrossingStatItem(label: "Last day", longLabel: "Last complete day", value: none))
        }

        let averageDays = CrossingPointFigures.averageDays
        if let average = point.sevenDayAverage, let mean = average.mean {
            // Fewer days than the span means gaps in the data: say what the mean rests on.
            let note = average.daysCovered < average.spanDays ? "(\(average.daysCovered) of \(average.spanDays) days)" : nil
            items.append(CrossingStatItem(label: "\(averageDays)-day avg", longLabel: "\(averageDays)-day average",
                                          value: CountFormat.decimal(mean), note: note))
        } else {
            items.append(CrossingStatItem(label: "\(averageDays)-day avg", longLabel: "\(averageDays)-day average",
                                          value: none, note: "(no complete day)"))
        }

        if let first = point.dateRange?.lowerBound {
            let since = "since " + DateText.monthDay(first)
            items.append(CrossingStatItem(label: "Total \(since)", longLabel: "Total \(since)",
                                          value: CountFormat.count(point.windowTotal)))
        }

        let share = point.deportedShare
        if let fraction = share.fraction {
            let note = share.rowsReporting < share.rowsConsidered
                ? "(reported \(share.rowsReporting) of \(share.rowsConsidered) days)" : nil
            items.append(CrossingStatItem(label: "Deported", longLabel: "Deported share",
                                          value: CountFormat.percent(fraction), note: note))
        } else {
            // No reporting row, or reporting rows that add up to nobody: no share to give.
            items.append(CrossingStatItem(label: "Deported", longLabel: "Deported share",
                                          value: none, note: share.rowsReporting == 0 ? "(not reported)" : nil))
        }
        return items
    }
}
