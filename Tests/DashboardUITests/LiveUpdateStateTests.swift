import DashboardCore
import Testing
@testable import DashboardUI

/// What happens to the state when snapshots arrive: marks on what changed,
/// and the keys that control the live feed.
@Suite struct LiveUpdateStateTests {
    /// The store as it was at 18:00 (snapshots up to 18:00), then all of them.
    static func storeUpTo(_ count: Int) -> SnapshotStore {
        var store = SnapshotStore()
        for entry in TestStates.bundledStore.history.prefix(count) {
            let report = ValidationReport(snapshot: entry.snapshot, issues: [], errorCount: 0, warningCount: 0)
            store.add(SnapshotFile(path: entry.path, report: report))
        }
        return store
    }

    @Test func rowsThatChangedAreMarkedForAShortTime() throws {
        var state = AppState(sourcePath: "dir", now: TestStates.now, width: 120, height: 40)
        state.update(.snapshots(Self.storeUpTo(5)))
        #expect(state.changeHighlight == .none, "the first snapshot on screen marks nothing")
        state.update(.snapshots(Self.storeUpTo(6)))
        let data = try #require(state.data)
        let changed = data.population.districts.filter { ($0.populationChange ?? 0) != 0 }.map(\.id)
        #expect(!changed.isEmpty)
        #expect(changed.allSatisfy { state.changeHighlight.ids.contains($0) })
        let unchanged = data.population.districts.filter { $0.populationChange == 0 }.map(\.id)
        #expect(unchanged.allSatisfy { !state.changeHighlight.isMarked($0, at: state.now) })

        let rowOfSecond = state.layout.districts.row + 3 // border, header, first (selected) row
        let marked = DashboardView.render(state)
        let secondID = state.districts.rowIDs[1]
        #expect((marked[rowOfSecond, 1].symbol == "•") == changed.contains(secondID))
        state.update(.tick(TestStates.now.adding(seconds: DisplayOptions.defaultChangeHighlightSeconds)))
        #expect(DashboardView.render(state)[rowOfSecond, 1].symbol != "•", "the mark goes after a short time")
    }

    /// Haripur, selected (first by population), fell by 35 with the newest
    /// snapshot: its margin shows the change mark on the selection bar (it used
    /// to show only `›`, hiding that the selected row moved), and `›` again once
    /// the mark has gone.
    @Test func theSelectedRowShowsItsChangeMarkToo() throws {
        var state = AppState(sourcePath: "dir", now: TestStates.now, width: 120, height: 40)
        state.update(.snapshots(Self.storeUpTo(5)))
        state.update(.snapshots(Self.storeUpTo(6)))
        let selected = try #require(state.districts.selectedID)
        #expect(selected == "kp-haripur" && state.changeHighlight.isMarked(selected, at: state.now))
        let rowOfFirst = state.layout.districts.row + 2 // border, header
        let marked = DashboardView.render(state)
        #expect(marked[rowOfFirst, 1].symbol == "•")
        #expect(marked[rowOfFirst, 1].style.background == .selected, "still on the selection bar")
        state.update(.tick(TestStates.now.adding(seconds: DisplayOptions.defaultChangeHighlightSeconds)))
        #expect(DashboardView.render(state)[rowOfFirst, 1].symbol == "›")
    }

    @Test func olderSnapshotArrivingLeavesTheScreenAlone() {
        var state = AppState(sourcePath: "dir", now: TestStates.now, width: 120, height: 40)
        state.update(.snapshots(Self.storeUpTo(6)))
        let before = DashboardView.render(state)
        var store = Self.storeUpTo(6)
        let oldest = TestStates.bundledStore.history[0]
        store.add(SnapshotFile(path: "late.json", report: ValidationReport(snapshot: oldest.snapshot, issues: [], errorCount: 0, warningCount: 0)))
        state.update(.snapshots(store))
        #expect(DashboardView.render(state) == before)
    }

    @Test func rescanKeyAsksTheRunLoop() {
        var state = TestStates.bundled()
        #expect(TestStates.press([.character("r")], on: &state) == [.rescan])
    }
}
