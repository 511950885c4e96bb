import Testing
@testable import DashboardCore

// Crossing figures for a snapshot generated 2025-04-07T18:00:00+05:00 in
// Asia/Karachi, so "today" is 2025-04-07 and the last complete day 2025-04-06.
// Every expected number is worked out by hand in the comment beside it.

private func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

private func row(
    _ date: String, _ point: String, _ total: Int, deported: Int? = nil, provinces: [(String, Int)]? = nil
) -> Crossing {
    Crossing(
        date: day(date), point: point, total: total, deported: deported,
        byProvince: provinces?.map { ProvinceCount(province: $0.0, count: $0.1) }
    )
}

/// Torkham, written out of order on purpose:
///   03-30 1,000 (deported 100)   outside the 7-day span
///   03-31 2,000                  first day of the span 03-31...04-06
///   04-01 3,000 (deported 300)
///   04-02 no row
///   04-03 2,500 (deported 500)
///   04-04 no row
///   04-05 3,500
///   04-06 3,120 (deported 410, by province)   last complete day
///   04-07   900 (deported 90)    today, partial
///   04-09    50                  after today: a producer error, counted nowhere
private let torkham = [
    row("2025-04-06", "Torkham", 3_120, deported: 410,
        provinces: [("Khyber Pakhtunkhwa", 2_010), ("Punjab", 840), ("Islamabad", 250), ("Sindh", 20)]),
    row("2025-03-31", "Torkham", 2_000),
    row("2025-04-09", "Torkham", 50),
    row("2025-04-03", "Torkham", 2_500, deported: 500),
    row("2025-03-30", "Torkham", 1_000, deported: 100),
    row("2025-04-07", "Torkham", 900, deported: 90),
    row("2025-04-05", "Torkham", 3_500),
    row("2025-04-01", "Torkham", 3_000, deported: 300),
]

/// Chaman: two days, no row today. Total 1,200 + 1,300 = 2,500.
private let chaman = [
    row("2025-04-05", "Chaman", 1_200, provinces: [("Balochistan", 1_100), ("Sindh", 60)]),
    row("2025-04-06", "Chaman", 1_300, provinces: [("Balochistan", 1_250), ("Punjab", 30), ("Khyber Pakhtunkhwa", 30)]),
]

/// Angoor Adda: one day, 2,500, the same total as Chaman (ties go by name).
private let angoorAdda = [row("2025-04-06", "Angoor Adda", 2_500, provinces: [("Khyber Pakhtunkhwa", 100)])]

/// Ghulam Khan: only today's partial row, larger than Torkham's whole window.
private let ghulamKhan = [row("2025-04-07", "Ghulam Khan", 20_000)]

private let snapshot = Snapshot(
    generatedAt: Instant(rfc3339: "2025-04-07T18:00:00+05:00")!,
    crossings: chaman + torkham + ghulamKhan + angoorAdda
)

@Suite("Crossing figures")
struct FiguresCrossingTests {
    let figures = CrossingFigures(snapshot: snapshot)

    @Test func todayIsTheSnapshotDayInItsZone() {
        #expect(figures.today == day("2025-04-07"))
    }

    @Test func pointsListTorkhamFirstThenByWindowTotalThenName() {
        // Ghulam Khan 20,000 > Torkham 16,020, but Torkham leads; Angoor Adda and
        // Chaman tie on 2,500 and go by name.
        #expect(figures.points.map(\.point) == ["Torkham", "Ghulam Khan", "Angoor Adda", "Chaman"])
        #expect(figures.points.map(\.windowTotal) == [16_020, 20_000, 2_500, 2_500])
    }

    @Test func torkhamMatchesWhateverTheCase() {
        let other = CrossingFigures(
            crossings: [row("2025-04-06", "Chaman", 10), row("2025-04-06", "TORKHAM", 1)], today: day("2025-04-07")
        )
        #expect(other.points.map(\.point) == ["TORKHAM", "Chaman"])
    }

    @Test func torkhamSeriesIsSortedAndEndsToday() throws {
        let point = try #require(figures.point(named: "Torkham"))
        #expect(point.rows.map(\.date.description) == [
            "2025-03-30", "2025-03-31", "2025-04-01", "2025-04-03",
            "2025-04-05", "2025-04-06", "2025-04-07",
        ])
        // 1,000 + 2,000 + 3,000 + 2,500 + 3,500 + 3,120 + 900 = 16,020: the 50 of
        // 04-09, after today, is not in it.
        #expect(point.windowTotal == 16_020)
        #expect(point.dateRange == day("2025-03-30")...day("2025-04-07"))
        #expect(point.rowsAfterToday == 1) // 04-09
        #expect(point.row(on: day("2025-04-09")) == nil)
        #expect(point.rows(in: day("2025-04-07")...day("2025-04-30")).map(\.total) == [900])
    }

    @Test func torkhamTodayAndLastCompleteDay() throws {
        let point = try #require(figures.point(named: "Torkham"))
        #expect(point.todayPartial == 900)
        #expect(point.todayRow?.date == day("2025-04-07"))
        // The day before the snapshot's day, whatever rows come after it.
        #expect(point.lastCompleteDay == day("2025-04-06"))
        #expect(point.lastCompleteDayTotal == 3_120)
    }

    @Test func torkhamSevenDayAverageSkipsDaysWithoutRows() throws {
        let average = try #require(figures.point(named: "Torkham")?.sevenDayAverage)
        #expect(average.span == day("2025-03-31")...day("2025-04-06")) // 04-07 minus 7 days ... minus 1
        #expect(average.spanDays == 7)
        // Rows in the span: 03-31, 04-01, 04-03, 04-05, 04-06 (04-02 and 04-04 have none;
        // 03-30 is outside; today's partial row is not a complete day).
        #expect(average.daysCovered == 5)
        #expect(average.sum == 14_120)  // 2,000 + 3,000 + 2,500 + 3,500 + 3,120
        #expect(average.mean == 2_824)  // 14,120 / 5
    }

    @Test func torkhamDeportedShareOverReportingRowsOnly() throws {
        let share = try #require(figures.point(named: "Torkham")?.deportedShare)
        #expect(share.deported == 1_400)    // 100 + 300 + 500 + 410 + 90
        #expect(share.total == 10_520)      // 1,000 + 3,000 + 2,500 + 3,120 + 900 (their totals)
        #expect(share.rowsReporting == 5)
        #expect(share.rowsConsidered == 7)  // 04-09's row, after today, is not considered
        #expect(share.fraction == 1_400.0 / 10_520.0) // about 0.1331
    }

    @Test func denseSeriesShowsGapsAsNil() throws {
        let point = try #require(figures.point(named: "Torkham"))
        let series = point.denseSeries(over: day("2025-04-01")...day("2025-04-04"))
        #expect(series == [
            DayCount(day: day("2025-04-01"), total: 3_000),
            DayCount(day: day("2025-04-02"), total: nil),
            DayCount(day: day("2025-04-03"), total: 2_500),
            DayCount(day: day("2025-04-04"), total: nil),
        ])
        // A range reaching outside the rows on both sides.
        let wide = point.denseSeries(over: day("2025-03-29")...day("2025-03-31"))
        #expect(wide.map(\.total) == [nil, 1_000, 2_000])
        #expect(point.denseSeries(over: day("2025-04-10")...day("2025-04-10")).map(\.total) == [nil])
    }

    @Test func rowLookupAndRangeSlices() throws {
        let point = try #require(figures.point(named: "Torkham"))
        #expect(point.row(on: day("2025-04-03"))?.total == 2_500)
        #expect(point.row(on: day("2025-04-02")) == nil)
        #expect(point.rows(in: day("2025-04-02")...day("2025-04-05")).map(\.total) == [2_500, 3_500])
        #expect(point.rows(in: day("2025-05-01")...day("2025-05-31")).isEmpty)
    }

    @Test func chamanHasNoRowToday() throws {
        let point = try #require(figures.point(named: "Chaman"))
        #expect(point.todayPartial == nil)
        #expect(point.lastCompleteDay == day("2025-04-06"))
        #expect(point.lastCompleteDayTotal == 1_300)
        #expect(point.sevenDayAverage.daysCovered == 2)
        #expect(point.sevenDayAverage.mean == 1_250) // (1,200 + 1,300) / 2
        #expect(point.deportedShare.fraction == nil)  // no row reports deported
        #expect(point.deportedShare.rowsReporting == 0)
    }

    @Test func pointWithOnlyTodayHasNoRowForItsCompleteDays() throws {
        let point = try #require(figures.point(named: "Ghulam Khan"))
        #expect(point.todayPartial == 20_000)
        #expect(point.lastCompleteDay == day("2025-04-06"))
        #expect(point.lastCompleteDayTotal == nil)
        // Today's 20,000 is partial: it is no part of the week before.
        #expect(point.sevenDayAverage == DailyAverage(span: day("2025-03-31")...day("2025-04-06"), daysCovered: 0, sum: 0))
        #expect(point.sevenDayAverage.mean == nil)
    }

    @Test func pointWithOnlyFutureRows() {
        let point = CrossingPointFigures(
            point: "Kharlachi", rows: [row("2025-04-08", "Kharlachi", 5), row("2025-04-09", "Kharlachi", 6)],
            today: day("2025-04-07")
        )
        #expect(point.todayPartial == nil)
        #expect(point.lastCompleteDayTotal == nil)
        #expect(point.sevenDayAverage.mean == nil)
        #expect(point.rowsAfterToday == 2)
        // Counted nowhere: not in the total, the share, the series or the dates.
        #expect(point.rows.isEmpty)
        #expect(point.windowTotal == 0)
        #expect(point.deportedShare.rowsConsidered == 0)
        #expect(point.dateRange == nil)
        #expect(point.denseSeries(over: day("2025-04-07")...day("2025-04-09")).map(\.total) == [nil, nil, nil])
        #expect(point.byProvince(over: day("2025-04-01")...day("2025-04-30")).rows == 0)
    }

    @Test func averageOfAWeekWithNoRowsIsNoNumber() {
        // The latest rows are 01-10 and 03-01: the week before 04-07 has none, and
        // no older week stands in for it.
        let point = CrossingPointFigures(
            point: "Chaman", rows: [row("2025-01-10", "Chaman", 70), row("2025-03-01", "Chaman", 40)],
            today: day("2025-04-07")
        )
        #expect(point.sevenDayAverage.span == day("2025-03-31")...day("2025-04-06"))
        #expect(point.sevenDayAverage.daysCovered == 0)
        #expect(point.sevenDayAverage.mean == nil)
        #expect(DailyAverage(span: day("2025-01-01")...day("2025-01-07"), daysCovered: 0, sum: 0).mean == nil)
    }

    @Test func byProvinceForOnePoint() throws {
        let chamanFigures = try #require(figures.point(named: "Chaman"))
        let breakdown = chamanFigures.byProvince(over: day("2025-04-05")...day("2025-04-06"))
        #expect(breakdown.counts == [
            ProvinceCount(province: "Balochistan", count: 2_350),      // 1,100 + 1,250
            ProvinceCount(province: "Sindh", count: 60),
            ProvinceCount(province: "Khyber Pakhtunkhwa", count: 30),  // tie at 30: by name
            ProvinceCount(province: "Punjab", count: 30),
        ])
        #expect(breakdown.rows == 2)
        #expect(breakdown.rowsReporting == 2)
        #expect(breakdown.totalOfRows == 2_500)   // 1,200 + 1,300
        #expect(breakdown.attributed == 2_470)    // 2,350 + 60 + 30 + 30

        let torkhamToday = try #require(figures.point(named: "Torkham")).byProvince(over: day("2025-04-07")...day("2025-04-07"))
        #expect(torkhamToday.counts.isEmpty)      // today's row has no by_province
        #expect(torkhamToday.rows == 1)
        #expect(torkhamToday.rowsReporting == 0)
        #expect(torkhamToday.totalOfRows == 900)
    }

    @Test func byProvinceForAllPoints() {
        let breakdown = figures.byProvince(over: day("2025-04-05")...day("2025-04-06"))
        #expect(breakdown.counts == [
            ProvinceCount(province: "Balochistan", count: 2_350),         // Chaman 1,100 + 1,250
            ProvinceCount(province: "Khyber Pakhtunkhwa", count: 2_140),  // Torkham 2,010 + Chaman 30 + Angoor Adda 100
            ProvinceCount(province: "Punjab", count: 870),                // Torkham 840 + Chaman 30
            ProvinceCount(province: "Islamabad", count: 250),             // Torkham
            ProvinceCount(province: "Sindh", count: 80),                  // Torkham 20 + Chaman 60
        ])
        // Rows: Torkham 04-05, 04-06; Chaman 04-05, 04-06; Angoor Adda 04-06 = 5.
        #expect(breakdown.rows == 5)
        // Torkham's 04-05 row has no by_province: 4 of 5 report.
        #expect(breakdown.rowsReporting == 4)
        // 3,500 + 3,120 + 1,200 + 1,300 + 2,500 = 11,620
        #expect(breakdown.totalOfRows == 11_620)
        // Torkham's 04-09 row is after today: the range ends today.
        #expect(figures.dateRange == day("2025-03-30")...day("2025-04-07"))
    }

    @Test func emptySnapshotHasNoPoints() {
        let empty = CrossingFigures(snapshot: Snapshot(generatedAt: Instant(epochSeconds: 0)))
        #expect(empty.points.isEmpty)
        #expect(empty.dateRange == nil)
        #expect(empty.byProvince(over: day("2025-01-01")...day("2025-12-31")).counts.isEmpty)
        #expect(empty.point(named: "Torkham") == nil)
    }

    @Test func snapshotDayFollowsTheSnapshotZone() throws {
        // 20:30 UTC on 7 April is 01:30 on 8 April in Karachi (UTC+05:00).
        let lateUTC = try #require(Instant(rfc3339: "2025-04-07T20:30:00Z"))
        #expect(SnapshotDay.today(of: Snapshot(generatedAt: lateUTC)) == day("2025-04-08"))
        #expect(SnapshotDay.today(of: Snapshot(generatedAt: lateUTC, timeZoneIdentifier: "UTC")) == day("2025-04-07"))
        // An unknown zone falls back to Asia/Karachi.
        let unknown = Snapshot(generatedAt: lateUTC, timeZoneIdentifier: "Nowhere/Invalid")
        #expect(SnapshotDay.timeZone(of: unknown).identifier == "Asia/Karachi")
        #expect(SnapshotDay.today(of: unknown) == day("2025-04-08"))
        // Daylight saving: 04:30 UTC on 10 March 2025 is 00:30 EDT (UTC-04:00) that
        // day in New York; a fixed UTC-05:00 would have said 23:30 on 9 March.
        let afterSwitch = try #require(Instant(rfc3339: "2025-03-10T04:30:00Z"))
        #expect(SnapshotDay.today(of: Snapshot(generatedAt: afterSwitch, timeZoneIdentifier: "America/New_York")) == day("2025-03-10"))
    }
}
