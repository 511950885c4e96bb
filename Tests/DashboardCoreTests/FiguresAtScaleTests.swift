import Testing
@testable import DashboardCore

// The sizes the figures must handle: 10,000 districts × 20 camps, and 365 days
// × 6 crossing points; the expected numbers are worked out by hand. Speed is
// measured by `make bench`, never asserted here.

@Suite("Figures at full size")
struct FiguresAtScaleTests {
    @Test
    func tenThousandDistrictsOfTwentyCamps() {
        // Camp j (0...19) holds 10 + j people now and 9 + j before.
        func snapshot(extra: Int) -> Snapshot {
            Snapshot(
                generatedAt: Instant(epochSeconds: 1_744_030_800),
                districts: (0..<10_000).map { d in
                    District(id: "d\(d)", name: "D\(d)", province: "P", camps: (0..<20).map { j in
                        Camp(id: "d\(d)-c\(j)", name: "C", status: j % 2 == 0 ? .open : .closed,
                             population: 9 + extra + j, households: 2)
                    })
                }
            )
        }
        let current = snapshot(extra: 1)
        let previous = snapshot(extra: 0)
        let figures = PopulationFigures(snapshot: current, previous: previous)
        // Per district: Σ(10 + j) for j in 0...19 = 200 + 190 = 390; before 390 - 20 = 370.
        #expect(figures.districts[9_999].population == 390)
        #expect(figures.districts[9_999].populationChange == 20)
        #expect(figures.districts[0].campsOpen == 10)  // even j
        // Totals: 390 × 10,000 = 3,900,000; before 3,700,000.
        #expect(figures.totals.population == 3_900_000)
        #expect(figures.totals.populationChange == 200_000)
        #expect(figures.totals.campsTotal == 200_000)
        #expect(figures.totals.households == ReportedSum(sum: 400_000, reporting: 200_000, outOf: 200_000))
        #expect(figures.disappeared.isEmpty)
        #expect(figures.camps(ofDistrict: "d5000")?.map(\.populationChange).allSatisfy { $0 == 1 } == true)
    }

    @Test
    func yearOfSixPoints() {
        let today = CalendarDay(parsing: "2025-04-07")!
        let points = ["Torkham", "Chaman", "Angoor Adda", "Ghulam Khan", "Kharlachi", "Badini"]
        var rows = [Crossing]()
        for point in points {
            for offset in 0..<365 {
                rows.append(Crossing(
                    date: today.adding(days: -offset), point: point, total: 100, deported: 10,
                    byProvince: [ProvinceCount(province: "Khyber Pakhtunkhwa", count: 60),
                                 ProvinceCount(province: "Punjab", count: 40)]
                ))
            }
        }
        let figures = CrossingFigures(crossings: rows.reversed(), today: today)
        #expect(figures.points.first?.point == "Torkham")
        // Equal totals after Torkham: by name.
        #expect(figures.points.map(\.point) == ["Torkham", "Angoor Adda", "Badini", "Chaman", "Ghulam Khan", "Kharlachi"])
        let torkham = figures.points[0]
        #expect(torkham.windowTotal == 36_500)            // 365 × 100
        #expect(torkham.sevenDayAverage.daysCovered == 7)
        #expect(torkham.sevenDayAverage.mean == 100)
        #expect(torkham.deportedShare.fraction == 0.1)    // 3,650 / 36,500
        let range = today.adding(days: -364)...today
        #expect(torkham.denseSeries(over: range).allSatisfy { $0.total == 100 })
        let all = figures.byProvince(over: range)
        #expect(all.counts == [
            ProvinceCount(province: "Khyber Pakhtunkhwa", count: 131_400),  // 60 × 365 × 6
            ProvinceCount(province: "Punjab", count: 87_600),               // 40 × 365 × 6
        ])
        #expect(all.rows == 2_190)                                          // 365 × 6
    }
}
