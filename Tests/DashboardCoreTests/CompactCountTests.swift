import Testing
@testable import DashboardCore

/// Camps keep their counts in 32 bits (`CompactCount`) behind `Int?`
/// properties: the values must come back exactly, and the camp must stay small.
@Suite struct CompactCountTests {
    @Test(arguments: [nil, 0, 1, 9_000, 100_000_000, Int(Int32.max)] as [Int?])
    func countsComeBackExactly(_ value: Int?) {
        let counts = DocumentCounts(por: value, acc: value, undocumented: value, other: value)
        #expect(counts.por == value && counts.acc == value && counts.undocumented == value && counts.other == value)
        let camp = Camp(id: "c", name: "C", status: .open, population: value ?? 7, households: value, byDocument: counts)
        #expect(camp.population == value ?? 7)
        #expect(camp.households == value)
        #expect(camp.byDocument == counts)
    }

    @Test func absentIsNotZero() {
        #expect(DocumentCounts(por: 0) != DocumentCounts())
        #expect(DocumentCounts(por: 0).knownSum == 0)
        var camp = Camp(id: "c", name: "C", status: .open, population: 5, households: 0)
        #expect(camp.households == 0)
        camp.households = nil
        #expect(camp.households == nil)
        #expect(camp != Camp(id: "c", name: "C", status: .open, population: 5, households: 0))
    }

    @Test func theDayOfDenotificationComesBack() {
        for day in [CalendarDay(year: 1, month: 1, day: 1)!, CalendarDay(year: 2025, month: 3, day: 1)!, CalendarDay(year: 9999, month: 12, day: 31)!] {
            let camp = Camp(id: "c", name: "C", status: .denotified, population: 1, denotifiedOn: day)
            #expect(camp.denotifiedOn == day)
        }
        #expect(Camp(id: "c", name: "C", status: .open, population: 1).denotifiedOn == nil)
    }

    /// The reason for all this: 144 bytes a camp with `Int?` counts.
    @Test func aCampIsSixtyFourBytes() {
        #expect(MemoryLayout<DocumentCounts>.size == 16)
        #expect(MemoryLayout<Camp>.stride == 64)
    }
}
