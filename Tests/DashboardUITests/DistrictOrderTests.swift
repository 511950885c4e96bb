import Foundation
import Testing
import DashboardCore
@testable import DashboardUI

/// The precomputed orders must be exactly what sorting with the columns'
/// comparison and filtering with Foundation's case- and diacritic-insensitive
/// search give, ties included.
@Suite struct DistrictOrderTests {
    static let names = ["Peshawar", "peshawar", "Péshawar", "Quetta", "Chaman", "Ālam", "Zhob", "Kohat", "KOHAT", "Nowshera", "Mardan", "Ørsted", "Straße"]
    static let provinces = ["Khyber Pakhtunkhwa", "Balochistan", "Punjab", "Sindh"]

    /// Many districts with repeated names, provinces and figures, so ties are common.
    static func districts(seed: UInt64) -> [DistrictFigures] {
        var random = SeededRandom(seed: seed)
        return (0..<400).map { index in
            let open = Int(random.next() % 4)
            return DistrictFigures(
                id: String(format: "d%04d", (index * 7919) % 400), name: names[Int(random.next() % UInt64(names.count))],
                province: provinces[Int(random.next() % UInt64(provinces.count))], campsOpen: open, campsTotal: open + Int(random.next() % 2),
                population: Int(random.next() % 5) * 1000, documents: DocumentTotals(), households: ReportedSum(),
                populationChange: random.next() % 3 == 0 ? nil : Int(random.next() % 5) - 2, isNew: false
            )
        }
    }

    @Test(arguments: DistrictColumn.allCases)
    func ordersEqualSortingWithTheColumnsComparison(_ column: DistrictColumn) {
        for seed: UInt64 in [1, 2, 3] {
            let districts = Self.districts(seed: seed)
            let order = DistrictOrder(districts)
            for ascending in [true, false] {
                let expected = districts.indices.sorted { ascending ? column.areInIncreasingOrder(districts[$0], districts[$1]) : column.areInIncreasingOrder(districts[$1], districts[$0]) }
                #expect(order.positions(sortedBy: column, ascending: ascending, filter: "") == expected, "\(column) ascending \(ascending) seed \(seed)")
            }
        }
    }

    @Test func filterAgreesWithFoundationsInsensitiveSearch() {
        let districts = Self.districts(seed: 4)
        let order = DistrictOrder(districts)
        for filter in ["pesh", "PESH", "ésh", "esh", "alam", "Ā", "kohat", "ss", "ß", "z", "x", "ørs", "a"] {
            let expected = districts.indices.filter { districts[$0].name.range(of: filter, options: [.caseInsensitive, .diacriticInsensitive]) != nil }
                .sorted { DistrictColumn.name.areInIncreasingOrder(districts[$0], districts[$1]) }
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
