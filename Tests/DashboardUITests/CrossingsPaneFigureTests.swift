import DashboardCore
import Foundation
import Testing
@testable import DashboardUI

/// The figures the crossings pane prints are the core's, read back from the
/// screen, and the chart has one column per day.
@Suite struct CrossingsPaneFigureTests {
    static let layouts = [Layout(width: 80, height: 24), Layout(width: 200, height: 60)]

    /// The first number (digits, commas, a point) after `label` on the screen.
    static func number(after label: String, in text: String) -> Double? {
        guard let range = text.range(of: label) else { return nil }
        let rest = text[range.upperBound...].drop { $0 == " " }
        let digits = rest.prefix { $0.isNumber || $0 == "," || $0 == "." }.filter { $0 != "," }
        return Double(String(digits))
    }

    @Test(arguments: [0, 1, 2, 3, 4, 5], layouts)
    func printedFiguresAreTheCoresFigures(pointIndex: Int, layout: Layout) throws {
        var state = TestStates.bundled(width: layout.width, height: layout.height)
        for _ in 0..<pointIndex { state.update(.key(.character("c"))) }
        let point = try #require(state.currentPoint)
        let text = CrossingsPaneGoldenTests.render(state, layout: layout).text
        let roomy = layout.crossings.height - 2 >= CrossingsPane.roomyHeight

        let today = Self.number(after: "Today \(DateText.monthDay(point.today)) so far", in: text)
        #expect(today == point.todayPartial.map(Double.init))
        let lastLabel = (roomy ? "Last complete day, " : "Last day ") + DateText.monthDay(point.lastCompleteDay)
        #expect(Self.number(after: lastLabel, in: text) == point.lastCompleteDayTotal.map(Double.init))
        let mean = try #require(point.sevenDayAverage.mean)
        let window = DateText.range(point.sevenDayAverage.span, glyphs: .unicode)
        let averageLabel = roomy ? "7-day average, " + window : text.contains("7-day avg " + window) ? "7-day avg " + window : "7-day avg"
        let average = try #require(Self.number(after: averageLabel, in: text))
        #expect(abs(average - mean) <= 0.05)
        let first = try #require(point.dateRange?.lowerBound)
        #expect(Self.number(after: "Total since \(DateText.monthDay(first))", in: text) == Double(point.windowTotal))
        let fraction = try #require(point.deportedShare.fraction)
        let share = try #require(Self.number(after: roomy ? "Deported share" : "Deported", in: text))
        #expect(abs(share - fraction * 100) <= 0.05)
        #expect(text.contains(CountFormat.percent(point.deportedShare.deported, of: point.deportedShare.total)))
        #expect(text.contains("max " + CountFormat.count(point.rows.suffix(layout.crossings.width - 2).map(\.total).max()!)))
    }

    /// Columns with a bar or a no-data mark on the chart's baseline (the row above the dates).
    static func chartColumns(_ screen: Screen) -> Int {
        let lines = screen.lines()
        guard let axis = lines.firstIndex(where: { $0.contains("04-07") && !$0.contains("Last") }) else { return -1 }
        let baseline = Array(lines[axis - 1].dropFirst().dropLast())
        return baseline.filter { $0 != " " }.count
    }

    @Test(arguments: layouts)
    func oneColumnPerDayAcrossTheInnerWidth(layout: Layout) {
        let screen = CrossingsPaneGoldenTests.render(TestStates.bundled(width: layout.width, height: layout.height), layout: layout)
        // The samples hold 90 days, more than either pane is wide, and no day is zero.
        #expect(Self.chartColumns(screen) == layout.crossings.width - 2)
    }

    @Test(arguments: layouts)
    func aShortSeriesHasOneColumnPerDayInTheData(layout: Layout) {
        let today = CalendarDay(parsing: "2025-04-07")!
        let rows = (0..<10).map { Crossing(date: today.adding(days: -$0), point: "Chaman", total: 100 + $0) }
        let state = CrossingsPaneGoldenTests.state(Snapshot(generatedAt: TestStates.now, crossings: rows))
        let screen = CrossingsPaneGoldenTests.render(state, layout: layout)
        #expect(Self.chartColumns(screen) == 10)
        #expect(CrossingsPane.chartDays(for: state.currentPoint!, width: layout.crossings.width - 2).lowerBound == today.adding(days: -9))
    }

    @Test func averageOverFewerDaysSaysHowMany() {
        let today = CalendarDay(parsing: "2025-04-07")!
        let rows = [1, 2, 4].map { Crossing(date: today.adding(days: -$0), point: "Torkham", total: 300 * $0) }
        let state = CrossingsPaneGoldenTests.state(Snapshot(generatedAt: TestStates.now, crossings: rows))
        let text = CrossingsPaneGoldenTests.render(state, layout: Layout(width: 80, height: 24)).text
        // 04-06 300, 04-05 600, 04-03 1,200: 2,100 / 3 = 700.0.
        #expect(text.contains("7-day avg 03-31–04-06 700.0 (3 of 7 days)"))
        #expect(text.contains("Deported – (not reported)"))
        #expect(text.contains("Today 04-07 so far – (no row yet)"))
    }

    @Test func barHeightsScaleToTheLargestDayInView() {
        #expect(DailyBarChart.eighths(total: 4000, scaleMax: 4000, rows: 3) == 24)
        #expect(DailyBarChart.eighths(total: 2000, scaleMax: 4000, rows: 3) == 12)
        #expect(DailyBarChart.eighths(total: 1, scaleMax: 4000, rows: 3) == 1)
        #expect(DailyBarChart.eighths(total: 0, scaleMax: 4000, rows: 3) == 0)
        #expect(DailyBarChart.eighths(total: 0, scaleMax: 0, rows: 3) == 0)
    }

    @Test func dateLabelsNeverOverlapAndEndAtToday() {
        let today = CalendarDay(parsing: "2025-04-07")!
        for width in 0...120 {
            let labels = DateAxis.labels(last: today, count: 90, width: width)
            for (left, right) in zip(labels, labels.dropFirst()) {
                #expect(left.offset + TextWidth.of(left.text) + DateAxis.gap <= right.offset)
            }
            if width >= 5 { #expect(labels.last == DateAxis.Label(offset: width - 5, text: "04-07")) }
            #expect(labels.allSatisfy { $0.offset >= 0 && $0.offset + 5 <= width })
        }
    }

    @Test func anyRectIsSafe() {
        let state = TestStates.bundled(width: 80, height: 24)
        for width in 0...30 {
            for height in 0...20 {
                var screen = Screen(width: 30, height: 20)
                CrossingsPane.draw(state, in: Rect(row: 0, col: 0, width: width, height: height), on: &screen)
                // Nothing drawn outside the rect.
                for row in 0..<20 {
                    for col in 0..<30 where row >= height || col >= width {
                        #expect(screen[row, col] == .blank)
                    }
                }
            }
        }
    }
}
