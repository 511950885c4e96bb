import Testing
@testable import DashboardCore

// The crossings table (`t`, `render --table crossings`) of a small snapshot
// whose day is 2025-04-07. Every expected figure is worked out by hand in the
// comment beside it.

private func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

/// Torkham 04-06: 100 crossed, 10 deported, 20 families, PoR 30 and ACC 50
///   (undocumented and other not given), Punjab 60 and Khyber Pakhtunkhwa 30.
/// Torkham 04-07 (today, partial): 40, nothing else.
/// Chaman 04-05: 70, nothing else.
/// Chaman 04-06: 50, 5 deported, no families, PoR 10, ACC 20, undocumented
///   15, Punjab 20 and Sindh 25 (no Khyber Pakhtunkhwa).
/// Chaman 04-09: after today, a producer error: in no figure.
private let crossings = CrossingFigures(crossings: [
    Crossing(date: day("2025-04-06"), point: "Torkham", total: 100, deported: 10, families: 20,
             byDocument: DocumentCounts(por: 30, acc: 50),
             byProvince: [ProvinceCount(province: "Punjab", count: 60), ProvinceCount(province: "Khyber Pakhtunkhwa", count: 30)]),
    Crossing(date: day("2025-04-07"), point: "Torkham", total: 40),
    Crossing(date: day("2025-04-05"), point: "Chaman", total: 70),
    Crossing(date: day("2025-04-06"), point: "Chaman", total: 50, deported: 5,
             byDocument: DocumentCounts(por: 10, acc: 20, undocumented: 15),
             byProvince: [ProvinceCount(province: "Sindh", count: 25), ProvinceCount(province: "Punjab", count: 20)]),
    Crossing(date: day("2025-04-09"), point: "Chaman", total: 999, byProvince: [ProvinceCount(province: "Azad Kashmir", count: 1)]),
], today: day("2025-04-07"))

private let table = CrossingTable(crossings)

@Suite struct FiguresCrossingTableTests {
    /// Days run from the first row (Chaman 04-05) to today, newest first;
    /// the 04-09 row is after today and adds no day.
    @Test func daysFromTheFirstRowToToday() {
        #expect(table.days == day("2025-04-05")...day("2025-04-07"))
        #expect(table.daysNewestFirst == [day("2025-04-07"), day("2025-04-06"), day("2025-04-05")])
    }

    /// The union of every row's provinces by name; Azad Kashmir only in the
    /// row after today, so not a column.
    @Test func provincesAreTheUnionByName() {
        #expect(table.provinces == ["Khyber Pakhtunkhwa", "Punjab", "Sindh"])
    }

    /// One point, one day: its row's figures; what the row leaves out is
    /// unreported (shown `–`), not zero.
    @Test func onePointOnADayIsItsRow() throws {
        let torkham = try #require(crossings.point(named: "Torkham"))
        let figures = table.figures(on: day("2025-04-06"), at: torkham)
        #expect(figures.total == ReportedSum(sum: 100, reporting: 1, outOf: 1))
        #expect(figures.deported == ReportedSum(sum: 10, reporting: 1, outOf: 1))
        #expect(figures.families == ReportedSum(sum: 20, reporting: 1, outOf: 1))
        #expect(figures.documents.por == ReportedSum(sum: 30, reporting: 1, outOf: 1))
        #expect(figures.documents.acc == ReportedSum(sum: 50, reporting: 1, outOf: 1))
        #expect(figures.documents.undocumented.isUnreported)
        #expect(figures.documents.other.isUnreported)
        // Khyber Pakhtunkhwa 30, Punjab 60; Sindh not named: unreported.
        #expect(figures.provinces[0] == ReportedSum(sum: 30, reporting: 1, outOf: 1))
        #expect(figures.provinces[1] == ReportedSum(sum: 60, reporting: 1, outOf: 1))
        #expect(figures.provinces[2].isUnreported)
    }

    /// A day the point sent no row (Torkham 04-05): every figure unreported.
    @Test func aDayWithoutARowIsUnreportedThroughout() throws {
        let figures = table.figures(on: day("2025-04-05"), at: try #require(crossings.point(named: "Torkham")))
        #expect(figures.total.isUnreported)
        #expect(figures.deported.isUnreported)
        #expect(figures.provinces.allSatisfy { $0.isUnreported })
        #expect(figures.pointsReporting == 0)
    }

    /// 04-06 over both points, figure by figure:
    ///   total 100 + 50 = 150, both points;   deported 10 + 5 = 15, both;
    ///   families 20, Torkham only (1 of 2);  PoR 30 + 10 = 40, both;
    ///   ACC 50 + 20 = 70, both;              undocumented 15, Chaman only;
    ///   other: neither;                      Khyber Pakhtunkhwa 30, Torkham only;
    ///   Punjab 60 + 20 = 80, both;           Sindh 25, Chaman only.
    @Test func allPointsAddUpEachFigureWithWhoReportedIt() {
        let figures = table.figuresOfAllPoints(on: day("2025-04-06"))
        #expect(figures.total == ReportedSum(sum: 150, reporting: 2, outOf: 2))
        #expect(figures.deported == ReportedSum(sum: 15, reporting: 2, outOf: 2))
        #expect(figures.families == ReportedSum(sum: 20, reporting: 1, outOf: 2))
        #expect(figures.documents.por == ReportedSum(sum: 40, reporting: 2, outOf: 2))
        #expect(figures.documents.acc == ReportedSum(sum: 70, reporting: 2, outOf: 2))
        #expect(figures.documents.undocumented == ReportedSum(sum: 15, reporting: 1, outOf: 2))
        #expect(figures.documents.other == ReportedSum(sum: 0, reporting: 0, outOf: 2))
        #expect(figures.provinces == [ReportedSum(sum: 30, reporting: 1, outOf: 2), ReportedSum(sum: 80, reporting: 2, outOf: 2),
                                      ReportedSum(sum: 25, reporting: 1, outOf: 2)])
    }

    /// Today, only Torkham sent a row (40, partial): the sum is 40 from 1 of
    /// 2 points, a lower bound; 04-05 likewise Chaman's 70 alone.
    @Test func allPointsOnADayOnlySomePointsReported() {
        #expect(table.figuresOfAllPoints(on: day("2025-04-07")).total == ReportedSum(sum: 40, reporting: 1, outOf: 2))
        #expect(table.figuresOfAllPoints(on: day("2025-04-05")).total == ReportedSum(sum: 70, reporting: 1, outOf: 2))
        #expect(table.figuresOfAllPoints(on: day("2025-04-07")).deported.isUnreported)
    }

    @Test func noCrossingsNoDays() {
        let empty = CrossingTable(CrossingFigures(crossings: [], today: day("2025-04-07")))
        #expect(empty.days == nil)
        #expect(empty.daysNewestFirst.isEmpty)
        #expect(empty.provinces.isEmpty)
    }
}
