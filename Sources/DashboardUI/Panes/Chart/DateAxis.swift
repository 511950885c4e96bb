import DashboardCore

/// Date labels under a daily chart. Labels fall every two weeks counting
/// back from the last day, so they land on the same weekday as today and
/// never crowd: a label is left out rather than overlap its neighbour.
enum DateAxis {
    struct Label: Equatable {
        /// Column of the label's first cell, from the left of the axis.
        let offset: Int
        let text: String
    }

    static let stepDays = 14
    /// Blank cells kept between two labels.
    static let gap = 2

    /// Labels for `count` day columns ending at `last`, drawn right-aligned
    /// in an axis `width` cells wide (the chart's own alignment).
    static func labels(last: CalendarDay, count: Int, width: Int) -> [Label] {
        let shown = min(count, width)
        guard shown > 0 else { return [] }
        // Across a new year every label carries its year (`2024-12-24`).
        let window = last.adding(days: -(shown - 1))...last
        var labels: [Label] = []
        var leftmostTaken = Int.max
        var back = 0
        while back < shown {
            let text = DateText.day(last.adding(days: -back), in: window)
            let labelWidth = TextWidth.of(text)
            guard labelWidth <= width else { break }
            let col = width - 1 - back
            // The last day's label ends under its column; the others are centred on theirs.
            let wanted = back == 0 ? col - labelWidth + 1 : col - labelWidth / 2
            let start = min(max(0, wanted), width - labelWidth)
            if start + labelWidth + gap <= leftmostTaken || leftmostTaken == Int.max {
                labels.append(Label(offset: start, text: text))
                leftmostTaken = start
            }
            back += stepDays
        }
        return labels.reversed()
    }
}
