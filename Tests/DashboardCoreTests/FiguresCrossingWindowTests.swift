import Testing
@testable import DashboardCore

// The windows of the crossing figures at their edges, for snapshots of
// 18 August 2025 (D) in Asia/Karachi: the 7-day average is D-7 … D-1
// (08-11 … 08-17) whatever rows the producer sent, the last complete day is
// D-1, and rows dated after D are counted nowhere. Every expected number is
// worked out by hand beside it.

private func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

private func row(_ date: String, _ total: Int, deported: Int? = nil, point: String = "Torkham") -> Crossing {
    Crossing(date: day(date), point: point, total: total, deported: deported)
}

private let today = day("2025-08-18")

/// 08-04 … 08-10 at 3,000 a day: an older, busier week.
private let olderWeek = (4...10).map { row("2025-08-" + String($0).leftPadded(to: 2), 3_000) }

/// 08-11 … 08-16, and no row for 08-17 (yesterday): 2,000 + 2,100 + 1,900 +
/// 2,050 + 2,153 + 2,100 = 12,303.
private let weekWithoutYesterday = [
    row("2025-08-11", 2_000), row("2025-08-12", 2_100), row("2025-08-13", 1_900),
    row("2025-08-14", 2_050), row("2025-08-15", 2_153), row("2025-08-16", 2_100),
]

private let todaySoFar = row("2025-08-18", 700)

@Suite("Crossing figures: windows before the snapshot's day")
struct FiguresCrossingWindowTests {
    @Test func theAverageWindowIsTheSevenDaysBeforeTheDay() {
        #expect(CrossingPointFigures.averageWindow(before: today) == day("2025-08-11")...day("2025-08-17"))
        #expect(CrossingPointFigures.lastCompleteDay(before: today) == day("2025-08-17"))
        // Across a new year and a leap day.
        #expect(CrossingPointFigures.averageWindow(before: day("2025-01-03")) == day("2024-12-27")...day("2025-01-02"))
        #expect(CrossingPointFigures.averageWindow(before: day("2024-03-01")) == day("2024-02-23")...day("2024-02-29"))
    }

    @Test func yesterdayMissingIsLeftOutAndSaid() {
        let point = CrossingPointFigures(point: "Torkham", rows: olderWeek + weekWithoutYesterday + [todaySoFar], today: today)
        let average = point.sevenDayAverage
        #expect(average.span == day("2025-08-11")...day("2025-08-17"))
        #expect(average.daysCovered == 6)          // 08-17 has no row
        #expect(average.sum == 12_303)
        #expect(average.mean == 2_050.5)           // 12,303 / 6
        #expect(CountFormat.decimal(average.mean!) == "2,050.5")
        // Before: the 7 days ending at the last row, 08-10 … 08-16, would have
        // taken in 08-10's 3,000: (3,000 + 12,303) / 7 = 2,186.1.
        #expect(average.mean != 15_303.0 / 7.0)
        // Yesterday is the last complete day, and it has no row: no number
        // from another day stands in for it.
        #expect(point.lastCompleteDay == day("2025-08-17"))
        #expect(point.lastCompleteRow == nil)
        #expect(point.lastCompleteDayTotal == nil)
        #expect(point.todayPartial == 700)
    }

    @Test func theWeekMissingGivesNoAverage() {
        // Only the older week and today: nothing in 08-11 … 08-17.
        let point = CrossingPointFigures(point: "Torkham", rows: olderWeek + [todaySoFar], today: today)
        #expect(point.sevenDayAverage == DailyAverage(span: day("2025-08-11")...day("2025-08-17"), daysCovered: 0, sum: 0))
        #expect(point.sevenDayAverage.mean == nil)  // never 3,000.0 from 08-04 … 08-10
        #expect(point.lastCompleteDayTotal == nil)
        // The total still covers every row up to today: 7 × 3,000 + 700 = 21,700.
        #expect(point.windowTotal == 21_700)
    }

    @Test func aFullWeekAndTheWeekBeforeTheLastCompleteDay() {
        let full = weekWithoutYesterday + [row("2025-08-17", 4_200)]
        let point = CrossingPointFigures(point: "Torkham", rows: olderWeek + full + [todaySoFar], today: today)
        // 12,303 + 4,200 = 16,503 over 7 days = 2,357.571...
        #expect(point.sevenDayAverage.daysCovered == 7)
        #expect(point.sevenDayAverage.mean == 16_503.0 / 7.0)
        // What a surge is judged on: the last complete day (08-17, 4,200)
        // against the 7 days before it, 08-10 … 08-16: 3,000 + 12,303 = 15,303,
        // a mean of 2,186.142...
        #expect(point.lastCompleteDayTotal == 4_200)
        let before = point.averageBeforeLastCompleteDay
        #expect(before.span == day("2025-08-10")...day("2025-08-16"))
        #expect(before.daysCovered == 7)
        #expect(before.sum == 15_303)
        #expect(before == point.average(before: day("2025-08-17")))
    }

    @Test func todaysPartialRowIsNeverInAnAverage() {
        // Asked for the week before tomorrow (08-12 … 08-18), only the complete
        // days 08-12 … 08-16 count: 2,100 + 1,900 + 2,050 + 2,153 + 2,100 = 10,303.
        let point = CrossingPointFigures(point: "Torkham", rows: weekWithoutYesterday + [todaySoFar], today: today)
        let average = point.average(before: day("2025-08-19"))
        #expect(average.span == day("2025-08-12")...day("2025-08-18"))
        #expect(average.daysCovered == 5)
        #expect(average.sum == 10_303)
        // A window wholly after yesterday holds no complete day at all.
        #expect(point.average(before: day("2025-08-26")).daysCovered == 0)
    }

    @Test func rowsAfterTheSnapshotsDayAreCountedNowhere() {
        // Today's row 700 (deported 70), yesterday 1,000 (deported 100), and two
        // rows dated after today: 08-19 5,000 (deported 5,000), 08-20 9,000.
        let rows = [
            row("2025-08-17", 1_000, deported: 100), row("2025-08-18", 700, deported: 70),
            row("2025-08-19", 5_000, deported: 5_000), row("2025-08-20", 9_000),
        ]
        let point = CrossingPointFigures(point: "Torkham", rows: rows, today: today)
        #expect(point.rowsAfterToday == 2)
        #expect(point.windowTotal == 1_700)                 // 1,000 + 700
        #expect(point.deportedShare == DeportedShare(deported: 170, total: 1_700, rowsReporting: 2, rowsConsidered: 2))
        #expect(CountFormat.percent(point.deportedShare.deported, of: point.deportedShare.total) == "10.0%")  // 170 / 1,700
        #expect(point.dateRange == day("2025-08-17")...day("2025-08-18"))
        #expect(point.sevenDayAverage.daysCovered == 1)     // 08-17 only
        #expect(point.average(before: day("2025-08-24")).sum == 1_000)  // 08-17 … 08-23: 08-18 partial, 08-19/20 after today
        // Across points, the order and the province sums leave them out too.
        let figures = CrossingFigures(crossings: rows + [row("2025-08-17", 2_000, point: "Chaman")], today: today)
        #expect(figures.points.map(\.point) == ["Torkham", "Chaman"])
        #expect(figures.points.map(\.windowTotal) == [1_700, 2_000])
        #expect(figures.dateRange == day("2025-08-17")...day("2025-08-18"))
        #expect(figures.byProvince(over: day("2025-08-01")...day("2025-08-31")).rows == 3)  // 2 Torkham + 1 Chaman
    }

    @Test func theDayIsTheSnapshotsDayInItsZone() throws {
        // 20:30 UTC on 17 August is 01:30 on 18 August in Karachi (UTC+05:00).
        let rows = (10...17).map { row("2025-08-" + String($0), 1_000 * ($0 - 9)) }  // 1,000 … 8,000
        let instant = try #require(Instant(rfc3339: "2025-08-17T20:30:00Z"))
        let karachi = try #require(CrossingFigures(snapshot: Snapshot(generatedAt: instant, crossings: rows)).point(named: "Torkham"))
        // Karachi: D = 08-18, window 08-11 … 08-17 = 2,000 + … + 8,000 = 35,000 over 7.
        #expect(karachi.sevenDayAverage.span == day("2025-08-11")...day("2025-08-17"))
        #expect(karachi.sevenDayAverage.mean == 5_000)
        #expect(karachi.todayPartial == nil)
        #expect(karachi.lastCompleteDayTotal == 8_000)
        let utc = try #require(CrossingFigures(snapshot: Snapshot(generatedAt: instant, timeZoneIdentifier: "UTC", crossings: rows)).point(named: "Torkham"))
        // UTC: D = 08-17, whose 8,000 is today's partial count; window 08-10 …
        // 08-16 = 1,000 + … + 7,000 = 28,000 over 7.
        #expect(utc.sevenDayAverage.span == day("2025-08-10")...day("2025-08-16"))
        #expect(utc.sevenDayAverage.mean == 4_000)
        #expect(utc.todayPartial == 8_000)
        #expect(utc.lastCompleteDayTotal == 7_000)
    }

    @Test func aWindowAcrossTheNewYear() {
        // D = 2025-01-03: the week 2024-12-27 … 2025-01-02, rows 100, 200, …, 700
        // = 2,800 over 7 = 400; the row of 2024-12-26 (10,000) is the week before.
        let rows = [row("2024-12-26", 10_000)] + (0..<7).map { offset in
            Crossing(date: day("2024-12-27").adding(days: offset), point: "Torkham", total: 100 * (offset + 1))
        }
        let point = CrossingPointFigures(point: "Torkham", rows: rows, today: day("2025-01-03"))
        #expect(point.sevenDayAverage.span == day("2024-12-27")...day("2025-01-02"))
        #expect(point.sevenDayAverage.mean == 400)
        #expect(point.lastCompleteDay == day("2025-01-02"))
        #expect(point.lastCompleteDayTotal == 700)
        #expect(point.windowTotal == 12_800)  // 10,000 + 2,800
    }
}
