import DashboardCore
import Testing
@testable import DashboardUI

/// The totals row sits right under the last row of the table, not at the
/// foot of a pane left mostly empty by a filter; a full pane keeps it on its
/// last inside row, as before.
@Suite struct TotalsRowPlacementTests {
    static func lines(_ state: AppState) -> [String] { DashboardView.render(state).lines() }

    /// At 80×24 the table's rows start on screen row 3; "pe" leaves Peshawar and Upper Dir (rows 3, 4),
    /// so the totals go on row 5 and rows 6-11 are blank inside the borders.
    @Test func underTheLastFilteredRow() {
        var state = TestStates.bundled(width: 80, height: 24)
        state.update(.filter("pe"))
        let lines = Self.lines(state)
        #expect(lines[3].contains("Peshawar") && lines[4].contains("Upper Dir"))
        #expect(lines[5].contains("All districts") && lines[5].contains("443,330"))
        for row in 6...11 { #expect(!lines[row].contains("All districts"), "row \(row)") }
    }

    /// No district matches: the message takes the first row, the totals the next.
    @Test func underTheMessageWhenNothingMatches() {
        var state = TestStates.bundled(width: 80, height: 24)
        state.update(.filter("zzz"))
        let lines = Self.lines(state)
        #expect(lines[3].contains("No district matches"))
        #expect(lines[4].contains("All districts"))
    }

    /// 23 districts in 8 rows (3-10): the totals on row 11, the last inside the border (row 12).
    @Test func onTheLastInsideRowWhenThePaneIsFull() {
        let lines = Self.lines(TestStates.bundled(width: 80, height: 24))
        #expect(lines[11].contains("All districts"))
        #expect(lines[12].hasPrefix("└"))
    }

    /// A district with fewer camps than rows: the district's own totals right under its last camp.
    @Test func underTheLastCampOfADistrict() throws {
        var state = TestStates.bundled(width: 80, height: 24)
        state.update(.filter("Haripur"))
        state.update(.key(.enter))
        state.update(.filter(""))
        let lines = Self.lines(state)
        let camps = try #require(state.campRows?.count)
        #expect(camps < 8)
        #expect(lines[3 + camps].contains("All camps"), "the district's totals, under its last camp")
        #expect(!lines[11].contains("All camps"))
    }
}
