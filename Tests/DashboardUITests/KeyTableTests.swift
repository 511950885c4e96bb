import DashboardCore
import Testing
@testable import DashboardUI

/// Keys go one way: `KeyTable` says what each does where, and `update`
/// answers from it whatever the dashboard is doing.
@Suite struct KeyTableTests {
    static func state() -> AppState { TestStates.bundled(width: 80, height: 24) }

    /// The case seen live: `/ab` then `q` ended the dashboard. In an open
    /// filter `q` is a letter; after Enter it quits.
    @Test func qTypedIntoAnOpenFilterIsALetterOfIt() {
        var state = Self.state()
        TestStates.press([.character("/")], on: &state)
        TestStates.type("ab", on: &state)
        let effects = TestStates.press([.character("q")], on: &state)
        #expect(effects.isEmpty)
        #expect(state.isEditingFilter)
        #expect(state.districts.filter == "abq")
        #expect(TestStates.press([.enter], on: &state).isEmpty)
        #expect(TestStates.press([.character("q")], on: &state) == [.quit])
    }

    /// Hints name the key that quits now, from the table: `q`, but `Ctrl-C`
    /// while a filter is typed; the loading box says the same.
    @Test func theQuitHintFollowsTheTable() {
        var state = Self.state()
        #expect(state.quitKeyName == "q")
        TestStates.press([.character("/")], on: &state)
        #expect(state.quitKeyName == "Ctrl-C")
        let progress = SnapshotReadProgress(filesRead: 1, fileCount: 4, bytesRead: 0, byteCount: 0, currentPath: "a.json")
        var screen = DashboardView.render(state)
        LoadingScreen.draw(progress, on: &screen, ascii: false, quitKey: state.quitKeyName)
        #expect(screen.text.contains("Ctrl-C quit"))
        #expect(!screen.text.contains("│  q quit"))
    }

    @Test func ctrlCQuitsAndCtrlLRedrawsEvenWhileFiltering() {
        var state = Self.state()
        TestStates.press([.character("/"), .character("x")], on: &state)
        #expect(TestStates.press([.control("l")], on: &state) == [.repaintAll])
        #expect(state.isEditingFilter)
        #expect(TestStates.press([.control("c")], on: &state) == [.quit])
    }

    @Test func inHelpAnyKeyClosesItButQuitStillQuits() {
        var state = Self.state()
        TestStates.press([.character("?")], on: &state)
        #expect(state.isShowingHelp)
        #expect(TestStates.press([.control("l")], on: &state) == [.repaintAll])
        #expect(state.isShowingHelp, "Ctrl-L redraws under the help, it does not close it")
        // j is the help's own: it scrolls the help, not the table under it.
        #expect(TestStates.press([.character("j")], on: &state).isEmpty)
        #expect(state.isShowingHelp)
        #expect(state.helpScrollTop == 1)
        let sort = state.districts.sortColumn
        #expect(TestStates.press([.character("s")], on: &state).isEmpty)
        #expect(!state.isShowingHelp)
        #expect(state.districts.selectedIndex == 0, "the help's scroll keys moved nothing underneath")
        #expect(state.districts.sortColumn == sort, "the key that closed help did nothing else")
        TestStates.press([.f1], on: &state)
        #expect(TestStates.press([.character("q")], on: &state) == [.quit])
    }

    /// No binding hides another: each key of each binding does that
    /// binding's action in some mode where the binding applies.
    @Test func everyBindingIsReachable() {
        let modes: [KeyMode] = [.help, .filter, .alerts] + FocusedPane.allCases.map { .panes(focus: $0) }
        for binding in KeyTable.bindings {
            for (key, action) in binding.keys {
                let reachable = modes.contains { binding.context.applies(in: $0) && KeyTable.action(for: key, in: $0) == action }
                #expect(reachable, "\(key.name) never does \(action)")
            }
        }
    }

    /// `c` and `C` work from any pane (C used to need the crossings pane).
    @Test func capitalCGoesBackFromAnyPane() throws {
        var state = Self.state()
        let points = try #require(state.data?.crossings.points.map(\.point))
        #expect(state.focus == .districts)
        TestStates.press([.character("C")], on: &state)
        #expect(state.currentPoint?.point == points.last)
    }

    /// The config file's point may differ from the snapshot's in case; the
    /// snapshot's spelling is taken (it was the settings' job, writing the state itself).
    @Test func startingViewTakesTheSnapshotsSpellingOfThePoint() {
        var state = AppState(sourcePath: "test", now: TestStates.now, width: 80, height: 24)
        state.update(.startingView(sortColumn: .name, ascending: true, point: "chaman"))
        state.update(.snapshots(TestStates.bundledStore))
        #expect(state.selectedPoint == "Chaman")
        #expect(state.currentPoint?.point == "Chaman")
        #expect(state.districtRows.first?.name == "Bannu")
    }
}
