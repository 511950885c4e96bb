import DashboardCore
import Testing
@testable import DashboardUI

/// What every key does to `AppState`, driven through `update` as the run loop
/// does. At 80×24 the districts table shows 8 rows of the 23 sample districts,
/// sorted by population, largest first.
@Suite struct KeyBindingTests {
    static func state() -> AppState { TestStates.bundled(width: 80, height: 24) }

    static func press(_ keys: Key..., on state: inout AppState) -> [Effect] {
        TestStates.press(keys, on: &state)
    }

    // MARK: Moving in the table

    @Test func downAndUpMoveOneRow() {
        var state = Self.state()
        #expect(state.layout.tableBodyRows == 8)
        #expect(state.districts.selectedIndex == 0)
        _ = Self.press(.character("j"), on: &state)
        #expect(state.districts.selectedIndex == 1)
        _ = Self.press(.down, on: &state)
        #expect(state.districts.selectedIndex == 2)
        _ = Self.press(.character("k"), on: &state)
        #expect(state.districts.selectedIndex == 1)
        _ = Self.press(.up, .up, .up, on: &state)
        #expect(state.districts.selectedIndex == 0, "stops at the first row")
        #expect(state.districts.selectedID == state.districts.rowIDs[0])
    }

    @Test func movingPastTheLastVisibleRowScrolls() {
        var state = Self.state()
        for _ in 0..<8 { _ = Self.press(.down, on: &state) }
        #expect(state.districts.selectedIndex == 8)
        #expect(state.districts.scrollTop == 1)
        for _ in 0..<8 { _ = Self.press(.up, on: &state) }
        #expect(state.districts.selectedIndex == 0)
        #expect(state.districts.scrollTop == 0)
    }

    @Test func pageDownAndPageUpMoveAPage() {
        var state = Self.state()
        _ = Self.press(.pageDown, on: &state)
        #expect(state.districts.selectedIndex == 8)
        #expect(state.districts.scrollTop == 1)
        _ = Self.press(.pageDown, .pageDown, on: &state)
        #expect(state.districts.selectedIndex == 22, "stops at the last row")
        #expect(state.districts.scrollTop == 15)
        _ = Self.press(.pageUp, on: &state)
        #expect(state.districts.selectedIndex == 14)
        #expect(state.districts.scrollTop == 14)
        _ = Self.press(.pageUp, .pageUp, on: &state)
        #expect(state.districts.selectedIndex == 0)
        #expect(state.districts.scrollTop == 0)
    }

    @Test func endAndHomeJumpToTheEnds() {
        for (end, home) in [(Key.end, Key.home), (.character("G"), .character("g"))] {
            var state = Self.state()
            _ = Self.press(end, on: &state)
            #expect(state.districts.selectedIndex == 22)
            #expect(state.districts.selectedID == state.districts.rowIDs.last)
            #expect(state.districts.scrollTop == 15)
            _ = Self.press(home, on: &state)
            #expect(state.districts.selectedIndex == 0)
            #expect(state.districts.scrollTop == 0)
        }
    }

    @Test func movementKeysMoveTheCampsWhenDrilledIn() {
        var state = Self.state()
        _ = Self.press(.down, .enter, on: &state)  // Peshawar: 8 camps
        let camps = state.drillDown!.camps
        #expect(camps.selectedIndex == 0)
        _ = Self.press(.character("j"), .down, on: &state)
        #expect(state.drillDown!.camps.selectedIndex == 2)
        _ = Self.press(.character("G"), on: &state)
        #expect(state.drillDown!.camps.selectedIndex == 7)
        _ = Self.press(.home, on: &state)
        #expect(state.drillDown!.camps.selectedIndex == 0)
        #expect(state.districts.selectedIndex == 1, "the districts table stays where it was")
    }

    // MARK: Sorting

    @Test func sCyclesTheSortColumnWithEachColumnsOwnDirection() {
        var state = Self.state()
        #expect(state.districts.sortColumn == .population && !state.districts.ascending)
        var seen: [(DistrictColumn, Bool)] = []
        for _ in DistrictColumn.allCases {
            _ = Self.press(.character("s"), on: &state)
            seen.append((state.districts.sortColumn, state.districts.ascending))
        }
        // Every column of the table, in its order on screen, round from Population.
        #expect(seen.map(\.0) == [.por, .acc, .undocumented, .other, .households, .change, .name, .province, .camps, .population])
        #expect(seen.map(\.1) == [false, false, false, false, false, false, true, true, false, false])
        // Sorted by name: rows follow A→Z.
        for _ in 0..<7 { _ = Self.press(.character("s"), on: &state) }
        let names = state.districtRows.map(\.name)
        #expect(state.districts.sortColumn == .name)
        #expect(names == names.sorted(by: NaturalOrder.precedes))
    }

    /// `<` and `>` move the sort one column left or right, in the column's own
    /// direction, and stop at the ends (as top's do) without touching the order.
    @Test func angleBracketsMoveTheSortAlongTheColumnsAndStopAtTheEnds() {
        var state = Self.state()
        _ = Self.press(.character(">"), on: &state)
        #expect(state.districts.sortColumn == .por && !state.districts.ascending)
        let pors = state.districtRows.map { $0.documents.por.isUnreported ? -1 : $0.documents.por.sum }
        #expect(pors == pors.sorted(by: >) && pors.first! > 0, "largest PoR first")
        _ = Self.press(.character("<"), .character("<"), .character("<"), on: &state)
        #expect(state.districts.sortColumn == .province && state.districts.ascending, "text starts A→Z")
        _ = Self.press(.character("<"), .character("S"), on: &state)
        #expect(state.districts.sortColumn == .name && !state.districts.ascending)
        let reversed = state.districts.rowIDs
        _ = Self.press(.character("<"), on: &state)
        #expect(state.districts.sortColumn == .name && !state.districts.ascending, "at the first column `<` changes nothing")
        #expect(state.districts.rowIDs == reversed)
        for _ in DistrictColumn.allCases { _ = Self.press(.character(">"), on: &state) }
        #expect(state.districts.sortColumn == .change && !state.districts.ascending, "and at the last `>` stops")
    }

    @Test func angleBracketsInTheDrillDownMoveTheCampsSort() {
        var state = Self.state()
        _ = Self.press(.down, .enter, .character("<"), on: &state)
        #expect(state.drillDown!.camps.sortColumn == .status && state.drillDown!.camps.ascending)
        #expect(state.districts.sortColumn == .population, "the districts table keeps its sort")
        for _ in CampColumn.allCases { _ = Self.press(.character(">"), on: &state) }
        #expect(state.drillDown!.camps.sortColumn == .change)
    }

    @Test func capitalSReversesAndKeepsTheSelectedDistrict() {
        var state = Self.state()
        let selected = state.districts.selectedID
        let before = state.districts.rowIDs
        _ = Self.press(.character("S"), on: &state)
        #expect(state.districts.ascending)
        #expect(state.districts.rowIDs == before.reversed())
        #expect(state.districts.selectedID == selected)
        #expect(state.districts.selectedIndex == 22)
        #expect(state.districts.scrollTop == 15, "scrolled to keep the selection in view")
        _ = Self.press(.character("S"), on: &state)
        #expect(state.districts.rowIDs == before)
    }

    @Test func sortingInTheDrillDownSortsTheCamps() {
        var state = Self.state()
        _ = Self.press(.down, .enter, .character("s"), on: &state)
        #expect(state.drillDown!.camps.sortColumn == .por)
        #expect(state.districts.sortColumn == .population)
        _ = Self.press(.character("S"), on: &state)
        #expect(state.drillDown!.camps.ascending)
        let pors = state.campRows!.map { $0.camp.byDocument?.por ?? -1 }
        #expect(pors == pors.sorted())
    }

    // MARK: Filter

    @Test func slashStartsAFilterAndTypingFilters() {
        var state = Self.state()
        _ = Self.press(.tab, on: &state)
        #expect(state.focus == .crossings)
        _ = Self.press(.character("/"), on: &state)
        #expect(state.isEditingFilter)
        #expect(state.focus == .districts)
        TestStates.type("pe", on: &state)
        #expect(state.districts.filter == "pe")
        #expect(state.districtRows.map(\.name) == ["Peshawar", "Upper Dir"])
        #expect(state.districts.selectedID == "kp-peshawar", "the selection moves onto a row that is shown")
    }

    @Test func lettersWhileTypingAreTextNotCommands() {
        var state = Self.state()
        _ = Self.press(.character("/"), on: &state)
        #expect(Self.press(.character("q"), on: &state) == [])
        _ = Self.press(.character("j"), .character("s"), on: &state)
        #expect(state.districts.filter == "qjs")
        #expect(state.districts.sortColumn == .population)
        #expect(state.isEditingFilter)
    }

    @Test func backspaceEditsTheFilter() {
        var state = Self.state()
        _ = Self.press(.character("/"), on: &state)
        TestStates.type("pex", on: &state)
        #expect(state.districtRows.isEmpty)
        _ = Self.press(.backspace, on: &state)
        #expect(state.districts.filter == "pe")
        #expect(state.districtRows.count == 2)
        _ = Self.press(.backspace, .backspace, .backspace, on: &state)
        #expect(state.districts.filter == "")
        #expect(state.districtRows.count == 23)
        #expect(state.isEditingFilter)
    }

    @Test func enterKeepsTheFilterEscapeClearsIt() {
        var state = Self.state()
        _ = Self.press(.character("/"), on: &state)
        TestStates.type("pe", on: &state)
        _ = Self.press(.enter, on: &state)
        #expect(!state.isEditingFilter)
        #expect(state.districts.filter == "pe")
        #expect(state.drillDown == nil, "Enter ends typing; it does not drill in")
        // Esc on the list clears a kept filter.
        _ = Self.press(.escape, on: &state)
        #expect(state.districts.filter == "")
        #expect(state.districtRows.count == 23)

        _ = Self.press(.character("/"), on: &state)
        TestStates.type("pe", on: &state)
        _ = Self.press(.escape, on: &state)
        #expect(!state.isEditingFilter)
        #expect(state.districts.filter == "")
    }

    @Test func filterMatchesWithoutCaseOrAccents() {
        var state = Self.state()
        _ = Self.press(.character("/"), on: &state)
        TestStates.type("PÉSH", on: &state)
        #expect(state.districtRows.map(\.id) == ["kp-peshawar"])
    }

    @Test func filterInTheDrillDownFiltersCamps() {
        var state = Self.state()
        _ = Self.press(.down, .enter, .character("/"), on: &state)
        TestStates.type("kh", on: &state)
        #expect(state.drillDown!.camps.filter == "kh")
        #expect(state.districts.filter == "")
        #expect(Set(state.campRows!.map(\.camp.name)) == ["Khazana", "Khurasan"])
    }

    // MARK: Drilling in and out

    @Test func enterRightAndLDrillIntoTheSelectedDistrict() {
        for key in [Key.enter, .right, .character("l")] {
            var state = Self.state()
            _ = Self.press(.down, key, on: &state)
            #expect(state.drillDown?.districtID == "kp-peshawar", "\(key)")
            #expect(state.breadcrumb == ["All districts", "Peshawar"])
            #expect(state.campRows?.count == 8)
            #expect(state.drillDown?.camps.selectedIndex == 0)
            // Enter again inside does not stack another level.
            _ = Self.press(key, on: &state)
            #expect(state.drillDown?.districtID == "kp-peshawar")
        }
    }

    @Test func escBackspaceLeftAndHGoBackToTheSameDistrict() {
        for key in [Key.escape, .backspace, .left, .character("h")] {
            var state = Self.state()
            _ = Self.press(.pageDown, .down, on: &state)  // scrolled: row 9
            let id = state.districts.selectedID
            let top = state.districts.scrollTop
            _ = Self.press(.enter, .down, .down, key, on: &state)
            #expect(state.drillDown == nil, "\(key)")
            #expect(state.districts.selectedID == id)
            #expect(state.districts.scrollTop == top)
            #expect(state.breadcrumb == ["All districts"])
        }
    }

    @Test func drillingInWithAFilterKeepsItForTheWayBack() {
        var state = Self.state()
        _ = Self.press(.character("/"), on: &state)
        TestStates.type("pe", on: &state)
        _ = Self.press(.enter, .enter, on: &state)
        #expect(state.drillDown?.districtID == "kp-peshawar")
        _ = Self.press(.escape, on: &state)
        #expect(state.drillDown == nil)
        #expect(state.districts.filter == "pe", "the first Esc leaves the district, not the filter")
    }

    // MARK: Focus, crossings, deadlines

    @Test func tabAndShiftTabCycleFocus() {
        var state = Self.state()
        #expect(state.focus == .districts)
        _ = Self.press(.tab, on: &state)
        #expect(state.focus == .crossings)
        _ = Self.press(.tab, on: &state)
        #expect(state.focus == .deadlines)
        _ = Self.press(.tab, on: &state)
        #expect(state.focus == .districts)
        _ = Self.press(.backTab, on: &state)
        #expect(state.focus == .deadlines)
        _ = Self.press(.backTab, .backTab, on: &state)
        #expect(state.focus == .districts)
    }

    @Test func movementKeysDoNotMoveTheTableWhenItIsNotFocused() {
        var state = Self.state()
        _ = Self.press(.tab, .down, .end, .enter, on: &state)
        #expect(state.districts.selectedIndex == 0)
        #expect(state.drillDown == nil)
    }

    @Test func cCyclesCrossingPointsFromAnyPane() throws {
        var state = Self.state()
        let points = try #require(state.data?.crossings.points.map(\.point))
        #expect(points.first == "Torkham")
        #expect(state.currentPoint?.point == "Torkham")
        var seen: [String] = []
        for _ in points {
            _ = Self.press(.character("c"), on: &state)
            seen.append(state.currentPoint!.point)
        }
        #expect(seen == Array(points.dropFirst()) + ["Torkham"], "wraps round to the first")
        // Capital C goes back, in the crossings pane.
        _ = Self.press(.tab, .character("C"), on: &state)
        #expect(state.currentPoint?.point == points.last)
    }

    @Test func deadlineKeysScrollTheDeadlinesPane() {
        let deadlines = (0..<20).map { index in
            Deadline(id: "d\(index)", title: "Deadline \(index)", due: Instant(rfc3339: "2025-05-01T00:00:00+05:00")!.adding(seconds: Int64(index) * 86_400))
        }
        var store = SnapshotStore()
        store.add(SnapshotFile(path: "deadlines.json", report: ValidationReport(
            snapshot: Snapshot(generatedAt: Instant(rfc3339: "2025-04-07T21:00:00+05:00")!, deadlines: deadlines),
            issues: [], errorCount: 0, warningCount: 0
        )))
        var state = AppState(sourcePath: "test", now: TestStates.now, width: 80, height: 24)
        state.update(.snapshots(store))
        let rows = state.layout.deadlineRows
        #expect(rows == 8)
        _ = Self.press(.backTab, on: &state)
        #expect(state.focus == .deadlines)
        _ = Self.press(.character("j"), .down, on: &state)
        #expect(state.deadlineScrollTop == 2)
        _ = Self.press(.character("k"), on: &state)
        #expect(state.deadlineScrollTop == 1)
        _ = Self.press(.end, on: &state)
        #expect(state.deadlineScrollTop == 20 - rows)
        _ = Self.press(.down, on: &state)
        #expect(state.deadlineScrollTop == 20 - rows, "not past the last deadline")
        _ = Self.press(.character("g"), on: &state)
        #expect(state.deadlineScrollTop == 0)
        _ = Self.press(.pageDown, on: &state)
        #expect(state.deadlineScrollTop == rows)
        _ = Self.press(.pageUp, .up, on: &state)
        #expect(state.deadlineScrollTop == 0)
        _ = Self.press(.character("G"), .home, on: &state)
        #expect(state.deadlineScrollTop == 0)
    }

    // MARK: Help

    @Test func questionMarkAndF1OpenHelpAndAnyKeyClosesIt() {
        for key in [Key.character("?"), .f1] {
            var state = Self.state()
            let before = DashboardView.render(state).text
            #expect(Self.press(key, on: &state) == [])
            #expect(state.isShowingHelp)
            // The closing key does nothing else: `s` (sort) closes the help and the
            // screen is as it was. The scroll keys scroll the help instead (HelpOverlayTests).
            _ = Self.press(.character("s"), on: &state)
            #expect(!state.isShowingHelp)
            #expect(DashboardView.render(state).text == before)
        }
    }

    @Test func qInHelpStillQuits() {
        var state = Self.state()
        _ = Self.press(.character("?"), on: &state)
        #expect(Self.press(.character("q"), on: &state) == [.quit])
    }

    // MARK: Quit, repaint, resize, clock

    @Test func qAndCtrlCQuit() {
        var state = Self.state()
        #expect(Self.press(.character("q"), on: &state) == [.quit])
        #expect(Self.press(.control("c"), on: &state) == [.quit])
        // Ctrl-C quits even while typing a filter or reading help.
        _ = Self.press(.character("/"), on: &state)
        #expect(Self.press(.control("c"), on: &state) == [.quit])
        var help = Self.state()
        _ = Self.press(.f1, on: &help)
        #expect(Self.press(.control("c"), on: &help) == [.quit])
    }

    @Test func ctrlLRepaints() {
        var state = Self.state()
        #expect(Self.press(.control("l"), on: &state) == [.repaintAll])
        _ = Self.press(.character("/"), on: &state)
        #expect(Self.press(.control("l"), on: &state) == [.repaintAll])
        #expect(state.isEditingFilter, "a repaint does not end typing")
    }

    @Test func otherKeysDoNothing() {
        var state = Self.state()
        for key in [Key.unknown, .function(5), .character("x"), .control("a"), .resize] {
            #expect(Self.press(key, on: &state) == [])
        }
        #expect(state.districts.selectedIndex == 0)
        #expect(state.focus == .districts)
        #expect(!state.isShowingHelp && !state.isEditingFilter && state.drillDown == nil)
    }

    @Test func resizeRepaintsAndKeepsTheSelectionInView() {
        var state = TestStates.bundled(width: 120, height: 40)
        #expect(state.layout.tableBodyRows == 19)
        _ = Self.press(.character("G"), on: &state)
        #expect(state.districts.scrollTop == 4)
        #expect(state.update(.resize(width: 80, height: 24)) == [.repaintAll])
        #expect(state.width == 80 && state.height == 24)
        #expect(state.districts.selectedIndex == 22)
        #expect(state.districts.scrollTop == 15)
        _ = state.update(.resize(width: 200, height: 60))
        #expect(state.districts.scrollTop == 0, "every row fits: no reason to stay scrolled")
        _ = state.update(.resize(width: -5, height: -1))
        #expect(state.width == 0 && state.height == 0)
    }

    @Test func tickMovesTheClockOnly() {
        var state = Self.state()
        let later = TestStates.now.adding(seconds: 60)
        #expect(state.update(.tick(later)) == [])
        #expect(state.now == later)
    }

    // MARK: A new store

    /// The samples without their newest file: the previous picture, other populations.
    static func olderStore() throws -> SnapshotStore {
        var store = TestStates.bundledStore
        let newest = try #require(store.latest?.path)
        store.remove(path: newest)
        return store
    }

    @Test func newSnapshotsKeepTheSelectionOnTheSameDistrict() throws {
        var state = Self.state()
        _ = Self.press(.character("s"), .character("S"), on: &state)  // by change, smallest first: order moves between snapshots
        _ = Self.press(.down, .down, .down, on: &state)
        let id = try #require(state.districts.selectedID)
        let older = try Self.olderStore()
        _ = state.update(.snapshots(older))
        #expect(state.districts.selectedID == id)
        #expect(state.data?.path == older.latest?.path)
        _ = state.update(.snapshots(TestStates.bundledStore))
        #expect(state.districts.selectedID == id)
        #expect(state.districts.rowIDs[state.districts.selectedIndex] == id)
    }

    @Test func newSnapshotsKeepTheDrillDownAndTheSelectedCamp() throws {
        var state = Self.state()
        _ = Self.press(.down, .enter, .down, .down, on: &state)
        let camp = try #require(state.drillDown?.camps.selectedID)
        _ = state.update(.snapshots(try Self.olderStore()))
        #expect(state.drillDown?.districtID == "kp-peshawar")
        #expect(state.drillDown?.camps.selectedID == camp)
    }

    @Test func aDistrictGoneFromTheNewSnapshotEndsTheDrillDown() {
        var state = Self.state()
        _ = Self.press(.down, .enter, on: &state)
        var store = SnapshotStore()
        let snapshot = Snapshot(
            generatedAt: Instant(rfc3339: "2025-04-07T22:00:00+05:00")!,
            districts: [District(id: "kp-hangu", name: "Hangu", province: "Khyber Pakhtunkhwa")]
        )
        store.add(SnapshotFile(path: "only-hangu.json", report: ValidationReport(snapshot: snapshot, issues: [], errorCount: 0, warningCount: 0)))
        _ = state.update(.snapshots(store))
        #expect(state.drillDown == nil)
        #expect(state.districts.selectedID == "kp-hangu")
    }
}
