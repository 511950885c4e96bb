import DashboardCore
import Testing
@testable import DashboardUI

/// Clicks and the wheel go through `update` as keys do; what is under the
/// pointer comes from the layout the view draws. At 80×24 the districts pane
/// is rows 1-12 (border, headers on row 2, rows 3-10, totals 11, border 12),
/// the crossings pane rows 13-22 columns 0-47, the deadlines pane columns 48-79.
@Suite struct MouseTests {
    static func state(mouse: Bool = true) -> AppState {
        var state = AppState(sourcePath: "Resources/snapshots", now: TestStates.now, width: 80, height: 24,
                             options: DisplayOptions(mouse: mouse))
        state.update(.snapshots(TestStates.bundledStore))
        return state
    }

    static func click(row: Int, col: Int, at milliseconds: Int64 = 0, on state: inout AppState) {
        state.update(.mouse(MouseEvent(.press(.left), row: row, col: col, milliseconds: milliseconds)))
        state.update(.mouse(MouseEvent(.release, row: row, col: col, milliseconds: milliseconds + 50)))
    }

    // MARK: Hit-testing

    @Test func rowsOfTheTableAreWhereTheViewDrawsThem() {
        let state = Self.state()
        let lines = DashboardView.render(state).lines()
        // The screen agrees: Haripur on row 3, Peshawar on row 4.
        #expect(lines[3].contains("Haripur") && lines[4].contains("Peshawar"))
        #expect(MouseTarget.at(row: 3, col: 10, in: state) == .tableRow(0))
        #expect(MouseTarget.at(row: 4, col: 10, in: state) == .tableRow(1))
        #expect(MouseTarget.at(row: 10, col: 70, in: state) == .tableRow(7))
    }

    @Test func headersTotalsAndBordersArePaneNotRow() {
        let state = Self.state()
        #expect(MouseTarget.at(row: 2, col: 10, in: state) == .pane(.districts), "column headers")
        #expect(MouseTarget.at(row: 11, col: 10, in: state) == .pane(.districts), "the totals row")
        #expect(MouseTarget.at(row: 3, col: 0, in: state) == .pane(.districts), "the left border")
        #expect(MouseTarget.at(row: 3, col: 79, in: state) == .pane(.districts), "the right border")
        #expect(MouseTarget.at(row: 15, col: 10, in: state) == .pane(.crossings))
        #expect(MouseTarget.at(row: 15, col: 47, in: state) == .pane(.crossings))
        #expect(MouseTarget.at(row: 15, col: 48, in: state) == .pane(.deadlines))
        #expect(MouseTarget.at(row: 0, col: 10, in: state) == .nothing, "the header bar")
        #expect(MouseTarget.at(row: 23, col: 10, in: state) == .nothing, "the status line")
        #expect(MouseTarget.at(row: 30, col: 100, in: state) == .nothing, "off the screen")
    }

    /// Scrolled to the end (23 districts, 8 rows shown: rows 15-22), row 3 is the 16th district.
    @Test func aScrolledTableCountsFromItsScrollPosition() {
        var state = Self.state()
        TestStates.press([.end], on: &state)
        #expect(MouseTarget.at(row: 3, col: 10, in: state) == .tableRow(15))
        #expect(MouseTarget.at(row: 10, col: 10, in: state) == .tableRow(22))
    }

    /// A filter that leaves 2 rows: rows 3 and 4 are rows, row 5 is blank pane.
    @Test func belowTheLastRowIsNoRow() {
        var state = Self.state()
        state.update(.filter("pe"))
        #expect(MouseTarget.at(row: 4, col: 10, in: state) == .tableRow(1))
        #expect(MouseTarget.at(row: 6, col: 10, in: state) == .pane(.districts))
    }

    @Test func aTooSmallScreenHasNothingToClick() {
        var state = Self.state()
        state.update(.resize(width: 60, height: 20))
        #expect(MouseTarget.at(row: 3, col: 10, in: state) == .nothing)
    }

    // MARK: Update

    @Test func aClickSelectsTheRowUnderThePointer() {
        var state = Self.state()
        Self.click(row: 4, col: 10, on: &state)
        #expect(state.districtRows[state.districts.selectedIndex].name == "Peshawar")
        #expect(state.drillDown == nil, "one click selects, it does not open")
    }

    @Test func aClickFocusesThePaneUnderThePointer() {
        var state = Self.state()
        Self.click(row: 15, col: 10, on: &state)
        #expect(state.focus == .crossings)
        Self.click(row: 15, col: 60, on: &state)
        #expect(state.focus == .deadlines)
        // A click on a row focuses the table again as it selects.
        Self.click(row: 5, col: 10, at: 5000, on: &state)
        #expect(state.focus == .districts)
        #expect(state.districts.selectedIndex == 2)
    }

    /// Two presses on Peshawar's row 300 ms apart open it; 500 ms apart (past 400) do not.
    @Test func aDoubleClickOpensTheDistrict() throws {
        var state = Self.state()
        Self.click(row: 4, col: 10, at: 10_000, on: &state)
        Self.click(row: 4, col: 10, at: 10_500, on: &state)
        #expect(state.drillDown == nil)
        Self.click(row: 4, col: 10, at: 20_000, on: &state)
        Self.click(row: 4, col: 10, at: 20_300, on: &state)
        let drilled = try #require(state.drillDown)
        #expect(state.data?.district(id: drilled.districtID)?.name == "Peshawar")
    }

    @Test func twoQuickClicksOnDifferentRowsOnlySelect() {
        var state = Self.state()
        Self.click(row: 4, col: 10, at: 1000, on: &state)
        Self.click(row: 5, col: 10, at: 1100, on: &state)
        #expect(state.drillDown == nil)
        #expect(state.districts.selectedIndex == 2)
    }

    /// The wheel over the table moves the selection three rows a notch, whichever pane is focused;
    /// over the deadlines it scrolls them and leaves the table alone.
    @Test func theWheelScrollsThePaneUnderThePointer() {
        var state = Self.state()
        TestStates.press([.tab, .tab], on: &state)
        #expect(state.focus == .deadlines)
        state.update(.mouse(MouseEvent(.wheelDown, row: 6, col: 10)))
        #expect(state.districts.selectedIndex == 3)
        state.update(.mouse(MouseEvent(.wheelDown, row: 6, col: 10)))
        state.update(.mouse(MouseEvent(.wheelDown, row: 6, col: 10)))
        // Rows 0-7 showed; the selection on row 9 scrolled the table by 2.
        #expect(state.districts.selectedIndex == 9)
        #expect(state.districts.scrollTop == 2)
        state.update(.mouse(MouseEvent(.wheelUp, row: 6, col: 10)))
        #expect(state.districts.selectedIndex == 6)
        state.update(.mouse(MouseEvent(.wheelDown, row: 15, col: 60)))
        #expect(state.districts.selectedIndex == 6)
        #expect(state.focus == .deadlines, "the wheel does not move the focus")
    }

    @Test func withTheMouseOffReportsDoNothing() {
        var state = Self.state(mouse: false)
        Self.click(row: 4, col: 10, at: 0, on: &state)
        Self.click(row: 4, col: 10, at: 100, on: &state)
        Self.click(row: 15, col: 10, at: 200, on: &state)
        state.update(.mouse(MouseEvent(.wheelDown, row: 6, col: 10)))
        #expect(state.districts.selectedIndex == 0)
        #expect(state.focus == .districts)
        #expect(state.drillDown == nil)
    }

    @Test func inTheHelpTheWheelScrollsAndAClickCloses() {
        var state = Self.state()
        TestStates.press([.character("?")], on: &state)
        state.update(.mouse(MouseEvent(.wheelDown, row: 10, col: 10)))
        #expect(state.helpScrollTop == 3)
        state.update(.mouse(MouseEvent(.wheelUp, row: 10, col: 10)))
        #expect(state.helpScrollTop == 0)
        Self.click(row: 4, col: 10, on: &state)
        #expect(!state.isShowingHelp)
        #expect(state.districts.selectedIndex == 0, "the click that closed help did nothing else")
    }

    @Test func aClickEndsTypingAFilterAndKeepsIt() {
        var state = Self.state()
        TestStates.press([.character("/")], on: &state)
        TestStates.type("pe", on: &state)
        Self.click(row: 4, col: 10, on: &state)
        #expect(!state.isEditingFilter)
        #expect(state.districts.filter == "pe")
        #expect(state.districtRows[state.districts.selectedIndex].name == "Upper Dir")
    }
}
