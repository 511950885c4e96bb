import DashboardCore
import Foundation
import Testing
@testable import DashboardUI

/// What the crossings pane says about the days each figure covers, on
/// snapshots made to hit each edge: yesterday missing, the week missing, a
/// window across a new year, a share that must not round to all. Figures
/// worked out by hand beside each.
@Suite struct CrossingsPaneWindowTests {
    static func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

    /// A snapshot of Torkham's rows, generated at `generatedAt` in Asia/Karachi.
    static func state(rows: [(String, Int, Int?)], generatedAt: String) -> AppState {
        let crossings = rows.map { Crossing(date: day($0.0), point: "Torkham", total: $0.1, deported: $0.2) }
        let instant = Instant(rfc3339: generatedAt)!
        return CrossingsPaneGoldenTests.state(Snapshot(generatedAt: instant, crossings: crossings), now: instant)
    }

    static func text(_ state: AppState, _ layout: Layout) -> String {
        CrossingsPaneGoldenTests.render(state, layout: layout).text
    }

    /// 08-11 … 08-16 (12,303 in all), no row for 08-17, today 08-18 so far 700.
    static let yesterdayMissing: [(String, Int, Int?)] = [
        ("2025-08-10", 3_000, nil),
        ("2025-08-11", 2_000, nil), ("2025-08-12", 2_100, nil), ("2025-08-13", 1_900, nil),
        ("2025-08-14", 2_050, nil), ("2025-08-15", 2_153, nil), ("2025-08-16", 2_100, nil),
        ("2025-08-18", 700, nil),
    ]

    @Test func yesterdayMissing() {
        let state = Self.state(rows: Self.yesterdayMissing, generatedAt: "2025-08-18T15:00:00+05:00")
        let small = Self.text(state, CrossingsPaneGoldenTests.small)
        // 12,303 / 6 = 2,050.5 over 08-11 … 08-17, not the 7 days ending 08-16.
        #expect(small.contains("7-day avg 08-11–08-17 2,050.5 (6 of 7 days)"), "\(small)")
        #expect(small.contains("Today 08-18 so far 700"))
        #expect(small.contains("Last day 08-17 – (no row)"))
        // 3,000 + 12,303 + 700 = 16,003 since 08-10.
        #expect(small.contains("Total since 08-10 16,003"))
        let large = Self.text(state, CrossingsPaneGoldenTests.large)
        #expect(large.contains("7-day average, 08-11–08-17"))
        #expect(large.contains("2,050.5 (6 of 7 days)"))
        #expect(large.contains("Today 08-18 so far"))
        #expect(large.contains("Last complete day, 08-17"))
    }

    @Test func theWeekMissing() {
        // Rows up to 08-10 and today: nothing in 08-11 … 08-17, so no average at all.
        let rows = Self.yesterdayMissing.filter { $0.0 <= "2025-08-10" || $0.0 == "2025-08-18" }
        let text = Self.text(Self.state(rows: rows, generatedAt: "2025-08-18T15:00:00+05:00"), CrossingsPaneGoldenTests.small)
        #expect(text.contains("7-day avg 08-11–08-17 – (0 of 7 days)"), "\(text)")
        #expect(!text.contains("3,000.0"))
    }

    @Test func afterMidnightTodayIsTheNewDay() {
        // 00:20 on 08-19: the producer's last row is 08-18 (whole now), none yet for 08-19.
        let rows = Self.yesterdayMissing + [("2025-08-17", 2_000, nil)]
        let state = Self.state(rows: rows, generatedAt: "2025-08-19T00:20:00+05:00")
        let text = Self.text(state, CrossingsPaneGoldenTests.small)
        #expect(text.contains("Today 08-19 so far – (no row yet)"), "\(text)")
        // 08-12 … 08-18: 2,100 + 1,900 + 2,050 + 2,153 + 2,100 + 2,000 + 700 = 13,003 / 7 = 1,857.571…
        // At 80×24 the days would take the chart's last rows of bars: left out.
        #expect(text.contains("Last day 08-18 700   7-day avg 1,857.6"))
        #expect(!text.contains("partial"))
        let large = Self.text(state, CrossingsPaneGoldenTests.large)
        #expect(large.contains("7-day average, 08-12–08-18"), "\(large)")
        #expect(large.contains("1,857.6"))
    }

    @Test func rowsAfterTheSnapshotsDayAreNotCounted() {
        // 08-17 1,000 (deported 100), 08-18 700 (deported 70); 08-19 and 08-20
        // are after the snapshot's day: total 1,700, deported 170 / 1,700 = 10.0%.
        let rows: [(String, Int, Int?)] = [
            ("2025-08-17", 1_000, 100), ("2025-08-18", 700, 70), ("2025-08-19", 5_000, 5_000), ("2025-08-20", 9_000, nil),
        ]
        let text = Self.text(Self.state(rows: rows, generatedAt: "2025-08-18T15:00:00+05:00"), CrossingsPaneGoldenTests.small)
        #expect(text.contains("Total since 08-17 1,700"), "\(text)")
        #expect(text.contains("Deported 10.0%"))
        #expect(!text.contains("9,000") && !text.contains("5,000"))
    }

    @Test func aWindowAcrossTwoYearsCarriesTheYear() {
        // Today 2025-01-03; rows from 2024-08-19 (1 a day): the total's window
        // spans two years, so does the average's (2024-12-27 … 2025-01-02).
        let first = Self.day("2024-08-19")
        let today = Self.day("2025-01-03")
        let rows = (0...(today - first)).map { (first.adding(days: $0).description, 1, Int?.none) }
        let state = Self.state(rows: rows, generatedAt: "2025-01-03T12:00:00+05:00")
        let large = Self.text(state, CrossingsPaneGoldenTests.large)
        // 2024-08-19 … 2025-01-03 is 138 days of 1.
        #expect(large.contains("Total since 2024-08-19"), "\(large)")
        #expect(large.contains("138"))
        #expect(large.contains("7-day average, 2024-12-27–2025-01-02"))
        #expect(large.contains("Today 01-03 so far"))       // one day: no window to span
        #expect(large.contains("Last complete day, 01-02"))
        // The chart's axis spans the new year: every label has its year (every
        // 14 days back from 2025-01-03; 2024-12-20 would touch its neighbour).
        #expect(large.contains(" 2024-12-06 ") && large.contains(" 2025-01-03│"))
        #expect(!large.contains(" 12-06 "))
        let small = Self.text(state, CrossingsPaneGoldenTests.small)
        #expect(small.contains("Total since 2024-08-19 138"), "\(small)")
    }

    @Test func aWindowWithinOneYearHasNoYear() {
        let text = Self.text(Self.state(rows: Self.yesterdayMissing, generatedAt: "2025-08-18T15:00:00+05:00"), CrossingsPaneGoldenTests.large)
        #expect(!text.contains("2025-"))
        #expect(DateText.day(Self.day("2025-01-01"), in: Self.day("2025-01-01")...Self.day("2025-12-31")) == "01-01")
        #expect(DateText.day(Self.day("2024-12-31"), in: Self.day("2024-12-31")...Self.day("2025-01-01")) == "2024-12-31")
        #expect(DateText.range(Self.day("2024-12-27")...Self.day("2025-01-02"), glyphs: .ascii) == "2024-12-27..2025-01-02")
    }

    @Test func aShareOfAlmostAllIsNotAll() {
        // 1,999 of 2,000 deported (99.95%) reads 99.9%; 2,000 of 2,000, 100.0%.
        let almost = Self.text(Self.state(rows: [("2025-08-17", 2_000, 1_999)], generatedAt: "2025-08-18T15:00:00+05:00"),
                               CrossingsPaneGoldenTests.small)
        #expect(almost.contains("Deported 99.9%"), "\(almost)")
        let all = Self.text(Self.state(rows: [("2025-08-17", 2_000, 2_000)], generatedAt: "2025-08-18T15:00:00+05:00"),
                            CrossingsPaneGoldenTests.small)
        #expect(all.contains("Deported 100.0%"))
        // 1 of 20,000 (0.005%) is some: 0.1%, never 0.0%.
        let few = Self.text(Self.state(rows: [("2025-08-17", 20_000, 1)], generatedAt: "2025-08-18T15:00:00+05:00"),
                            CrossingsPaneGoldenTests.small)
        #expect(few.contains("Deported 0.1%"))
    }

    @Test func theWindowsDaysAreShownAt120x40() {
        // The sample's Torkham at 120×40: naming the days takes a third line of
        // figures, and the chart keeps 8 rows of bars.
        let text = CrossingsPaneGoldenTests.render(TestStates.bundled(width: 120, height: 40), layout: Layout(width: 120, height: 40)).text
        #expect(text.contains("7-day avg 03-31–04-06 "), "\(text)")
        #expect(text.contains("Today 04-07 so far "))
    }

    @Test func theWindowsDaysNeverCutTheAverageShort() {
        // Wherever the pane is too narrow for "7-day avg 08-11–08-17 2,050.5",
        // the days go and the figure stays whole; at no size is it cut.
        let state = Self.state(rows: Self.yesterdayMissing, generatedAt: "2025-08-18T15:00:00+05:00")
        for width in 30...90 {
            for height in 8...15 {
                var screen = Screen(width: width, height: height)
                CrossingsPane.draw(state, in: Rect(row: 0, col: 0, width: width, height: height), on: &screen)
                #expect(screen.text.contains("2,050.5"), "\(width)×\(height):\n\(screen.text)")
                // Shown, the days are whole too.
                #expect(!screen.text.contains("avg 08-11") || screen.text.contains("avg 08-11–08-17 2,050.5"), "\(width)×\(height)")
            }
        }
    }
}
