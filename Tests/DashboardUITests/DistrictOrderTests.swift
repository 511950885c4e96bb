import Foundation
import Testing
import DashboardCore
@testable import DashboardUI

/// The precomputed orders must be exactly what sorting with the columns'
/// comparison and filtering with Foundation's case- and diacritic-insensitive
/// search give, ties included.
@Suite struct DistrictOrderTests {
    static let names = ["Peshawar", "peshawar", "Péshawar", "Quetta", "Chaman", "Ālam", "Zhob", "Kohat", "KOHAT", "Nowshera", "Mardan", "Ørsted", "Straße",
                        "833-2", "833-10", "833-02", "Camp 9", "camp 10"]
    static let provinces = ["Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh", "Region 10", "region 9"]

    /// Many districts with repeated names, provinces and figures, so ties are common.
    static func districts(seed: UInt64) -> [DistrictFigures] {
        var random = SeededRandom(seed: seed)
        return (0..<400).map { index in
            let open = Int(random.next() % 4)
            let change: Int? = random.next() % 3 == 0 ? nil : Int(random.next() % 5) - 2
            // Sums of 0 to 3 camps, some of them not reporting: unreported, partial, complete, and 0.
            func sum() -> ReportedSum {
                let outOf = Int(random.next() % 3) + 1
                let reporting = Int(random.next() % UInt64(outOf + 1))
                return ReportedSum(sum: reporting == 0 ? 0 : Int(random.next() % 3) * 100, reporting: reporting, outOf: outOf)
            }
            let documents = DocumentTotals(por: sum(), acc: sum(), undocumented: sum(), other: sum())
            return DistrictFigures(
                id: String(format: "d%04d", (index * 7919) % 400), name: names[Int(random.next() % UInt64(names.count))],
                province: provinces[Int(random.next() % UInt64(provinces.count))], campsOpen: open, campsTotal: open + Int(random.next() % 2),
                population: Int(random.next() % 5) * 1000, documents: documents, households: sum(),
                populationChange: change, isNew: change == nil && random.next() % 2 == 0
            )
        }
    }

    @Test(arguments: DistrictColumn.allCases)
    func ordersEqualSortingWithTheColumnsComparison(_ column: DistrictColumn) {
        for seed: UInt64 in [1, 2, 3] {
            let districts = Self.districts(seed: seed)
            let order = DistrictOrder(districts)
            for ascending in [true, false] {
                let expected = districts.indices.sorted { column.precedes(districts[$0], districts[$1], ascending: ascending) }
                #expect(order.positions(sortedBy: column, ascending: ascending, filter: "") == expected, "\(column) ascending \(ascending) seed \(seed)")
            }
        }
    }

    static func district(_ name: String, id: String, population: Int, change: Int?, isNew: Bool = false) -> DistrictFigures {
        DistrictFigures(id: id, name: name, province: "Punjab", campsOpen: 1, campsTotal: 1, population: population,
                        documents: DocumentTotals(), households: ReportedSum(), populationChange: change, isNew: isNew)
    }

    static func names(_ order: DistrictOrder, _ districts: [DistrictFigures], _ column: DistrictColumn, ascending: Bool) -> [String] {
        order.positions(sortedBy: column, ascending: ascending, filter: "").map { districts[$0].name }
    }

    /// Equal populations read A→Z in both directions (descending used to list them Z→A).
    @Test func tiesReadAToZWhicheverTheDirection() {
        let districts = [
            Self.district("Chaman", id: "c", population: 500, change: -5),
            Self.district("Attock", id: "a", population: 500, change: -5),
            Self.district("Bannu", id: "b", population: 900, change: 3),
            Self.district("Dir", id: "d", population: 500, change: 3),
        ]
        let order = DistrictOrder(districts)
        #expect(Self.names(order, districts, .population, ascending: false) == ["Bannu", "Attock", "Chaman", "Dir"])
        #expect(Self.names(order, districts, .population, ascending: true) == ["Attock", "Chaman", "Dir", "Bannu"])
        #expect(Self.names(order, districts, .change, ascending: false) == ["Bannu", "Dir", "Attock", "Chaman"])
        #expect(Self.names(order, districts, .change, ascending: true) == ["Attock", "Chaman", "Bannu", "Dir"])
        // Every district is in Punjab: the province ties, so names decide, A→Z both ways.
        #expect(Self.names(order, districts, .province, ascending: false) == ["Attock", "Bannu", "Chaman", "Dir"])
        #expect(Self.names(order, districts, .name, ascending: false) == ["Dir", "Chaman", "Bannu", "Attock"])
    }

    /// A new district (1,200 people, all arrived since the previous snapshot)
    /// sorts as a rise of 1,200: between +5,000 and +40, not below -300.
    @Test func newDistrictsSortWithTheIncreases() {
        let districts = [
            Self.district("Fall", id: "f", population: 100, change: -300),
            Self.district("Big rise", id: "r", population: 9000, change: 5000),
            Self.district("New", id: "n", population: 1200, change: nil, isNew: true),
            Self.district("Small rise", id: "s", population: 700, change: 40),
        ]
        let order = DistrictOrder(districts)
        #expect(Self.names(order, districts, .change, ascending: false) == ["Big rise", "New", "Small rise", "Fall"])
        #expect(Self.names(order, districts, .change, ascending: true) == ["Fall", "Small rise", "New", "Big rise"])
    }

    /// The camps table (sorted in `AppState`) follows the same rule.
    @Test func campTiesReadAToZAndNewCampsSortWithTheIncreases() {
        func camp(_ name: String, population: Int, change: Int?, isNew: Bool = false) -> CampFigures {
            CampFigures(camp: Camp(id: name.lowercased(), name: name, status: .open, population: population), populationChange: change, isNew: isNew)
        }
        let camps = [camp("Kot", population: 300, change: -2), camp("Jalala", population: 300, change: 10),
                     camp("Lalu", population: 50, change: nil, isNew: true), camp("Ichhra", population: 300, change: -2)]
        func names(_ column: CampColumn, ascending: Bool) -> [String] {
            camps.sorted { column.precedes($0, $1, ascending: ascending) }.map(\.camp.name)
        }
        #expect(names(.population, ascending: false) == ["Ichhra", "Jalala", "Kot", "Lalu"])
        #expect(names(.change, ascending: false) == ["Lalu", "Jalala", "Ichhra", "Kot"])
        #expect(names(.change, ascending: true) == ["Ichhra", "Kot", "Jalala", "Lalu"])
    }

    /// Change, largest first: the largest rise, the new district with the
    /// rises (+60 as its whole population), no change in the middle, the
    /// drops, the largest drop last; equal changes A→Z.
    @Test func changeLargestFirstRunsFromTheLargestRiseToTheLargestDrop() {
        let districts = [
            Self.district("Drop 10", id: "d10", population: 90, change: -10),
            Self.district("Flat", id: "f", population: 400, change: 0),
            Self.district("Rise 100", id: "r100", population: 500, change: 100),
            Self.district("New", id: "n", population: 60, change: nil, isNew: true),
            Self.district("Drop 200", id: "d200", population: 700, change: -200),
            Self.district("Rise 30", id: "r30", population: 80, change: 30),
            Self.district("Flat too", id: "f2", population: 10, change: 0),
        ]
        let order = DistrictOrder(districts)
        #expect(Self.names(order, districts, .change, ascending: false) == ["Rise 100", "New", "Rise 30", "Flat", "Flat too", "Drop 10", "Drop 200"])
        #expect(Self.names(order, districts, .change, ascending: true) == ["Drop 200", "Drop 10", "Flat", "Flat too", "Rise 30", "New", "Rise 100"])
    }

    /// Names in natural order, as the name column and as every column's tie-break.
    @Test func namesSortNaturallyAndBreakTiesNaturally() {
        let districts = [
            Self.district("833-10", id: "a", population: 500, change: nil),
            Self.district("Camp 9", id: "b", population: 500, change: nil),
            Self.district("833-2", id: "c", population: 500, change: nil),
            Self.district("camp 10", id: "d", population: 900, change: nil),
        ]
        let order = DistrictOrder(districts)
        #expect(Self.names(order, districts, .name, ascending: true) == ["833-2", "833-10", "Camp 9", "camp 10"])
        #expect(Self.names(order, districts, .name, ascending: false) == ["camp 10", "Camp 9", "833-10", "833-2"])
        #expect(Self.names(order, districts, .population, ascending: false) == ["camp 10", "833-2", "833-10", "Camp 9"])
        #expect(Self.names(order, districts, .population, ascending: true) == ["833-2", "833-10", "Camp 9", "camp 10"])
    }

    /// A sum no camp reported sorts below every reported one, 0 included; a
    /// partial sum (`≥`) by what was reported.
    @Test func unreportedSumsSortBelowZero() {
        func district(_ name: String, por: ReportedSum, households: ReportedSum) -> DistrictFigures {
            DistrictFigures(id: name.lowercased(), name: name, province: "Sindh", campsOpen: 1, campsTotal: 1, population: 100,
                            documents: DocumentTotals(por: por), households: households, populationChange: nil, isNew: false)
        }
        let districts = [
            district("Unreported", por: ReportedSum(sum: 0, reporting: 0, outOf: 2), households: ReportedSum(sum: 40, reporting: 1, outOf: 2)),
            district("Zero", por: ReportedSum(sum: 0, reporting: 1, outOf: 1), households: ReportedSum(sum: 0, reporting: 0, outOf: 1)),
            district("Partial", por: ReportedSum(sum: 70, reporting: 1, outOf: 3), households: ReportedSum(sum: 5, reporting: 1, outOf: 1)),
            district("Full", por: ReportedSum(sum: 30, reporting: 2, outOf: 2), households: ReportedSum(sum: 0, reporting: 0, outOf: 2)),
        ]
        let order = DistrictOrder(districts)
        #expect(Self.names(order, districts, .por, ascending: false) == ["Partial", "Full", "Zero", "Unreported"])
        #expect(Self.names(order, districts, .por, ascending: true) == ["Unreported", "Zero", "Full", "Partial"])
        // Households (named districts aside): 40 partial, 5, and two unreported, A→Z in both directions.
        #expect(Self.names(order, districts, .households, ascending: false) == ["Unreported", "Partial", "Full", "Zero"])
        #expect(Self.names(order, districts, .households, ascending: true) == ["Full", "Zero", "Partial", "Unreported"])
    }

    @Test func filterAgreesWithFoundationsInsensitiveSearch() {
        let districts = Self.districts(seed: 4)
        let order = DistrictOrder(districts)
        for filter in ["pesh", "PESH", "ésh", "esh", "alam", "Ā", "kohat", "ss", "ß", "z", "x", "ørs", "a"] {
            let expected = districts.indices.filter { districts[$0].name.range(of: filter, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
                .sorted { DistrictColumn.name.precedes(districts[$0], districts[$1], ascending: true) }
            #expect(order.positions(sortedBy: .name, ascending: true, filter: filter) == expected, "filter \(filter)")
        }
    }
}

/// A small deterministic generator (SplitMix64) so the cases are the same on every run.
struct SeededRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
