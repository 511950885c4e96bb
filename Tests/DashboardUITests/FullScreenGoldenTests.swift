import DashboardCore
import Testing
@testable import DashboardUI

/// Whole frames at the sizes operators use, from the bundled sample data at a
/// fixed clock: every pane, the drill-down, filter, sort, help, too small, ASCII.
@Suite struct FullScreenGoldenTests {
    static let sizes = [(80, 24), (200, 60)]

    @Test(arguments: sizes.indices)
    func dashboard(_ index: Int) {
        let (width, height) = Self.sizes[index]
        GoldenScreen.check(DashboardView.render(TestStates.bundled(width: width, height: height)), "screen-\(width)x\(height)")
    }

    @Test(arguments: sizes.indices)
    func drillDownIntoPeshawar(_ index: Int) {
        let (width, height) = Self.sizes[index]
        var state = TestStates.bundled(width: width, height: height)
        TestStates.type("/Peshawar", on: &state)
        TestStates.press([.enter, .enter], on: &state)
        #expect(state.breadcrumb == ["All districts", "Peshawar"])
        GoldenScreen.check(DashboardView.render(state), "screen-\(width)x\(height)-drill-peshawar")
    }

    @Test(arguments: sizes.indices)
    func filterWhileTyping(_ index: Int) {
        let (width, height) = Self.sizes[index]
        var state = TestStates.bundled(width: width, height: height)
        TestStates.type("/ha", on: &state)
        GoldenScreen.check(DashboardView.render(state), "screen-\(width)x\(height)-filter-ha")
    }

    @Test(arguments: sizes.indices)
    func sortedByNameReversed(_ index: Int) {
        let (width, height) = Self.sizes[index]
        var state = TestStates.bundled(width: width, height: height)
        // population → name: `<` three times (camps, province, name), then reversed.
        TestStates.press([.character("<"), .character("<"), .character("<"), .character("S")], on: &state)
        #expect(state.districts.sortColumn == .name)
        #expect(!state.districts.ascending)
        GoldenScreen.check(DashboardView.render(state), "screen-\(width)x\(height)-sorted-name-reversed")
    }

    @Test(arguments: sizes.indices)
    func help(_ index: Int) {
        let (width, height) = Self.sizes[index]
        var state = TestStates.bundled(width: width, height: height)
        TestStates.press([.character("?")], on: &state)
        GoldenScreen.check(DashboardView.render(state), "screen-\(width)x\(height)-help")
    }

    @Test(arguments: sizes.indices)
    func ascii(_ index: Int) {
        let (width, height) = Self.sizes[index]
        let screen = DashboardView.render(TestStates.bundled(width: width, height: height, ascii: true))
        GoldenScreen.check(screen, "screen-\(width)x\(height)-ascii")
        let nonASCII = screen.text.unicodeScalars.filter { !$0.isASCII }
        #expect(nonASCII.isEmpty, "ASCII mode drew \(String(String.UnicodeScalarView(nonASCII)))")
    }

    @Test func tooSmallThenBackWhenTheWindowGrows() {
        var state = TestStates.bundled(width: 80, height: 24)
        state.update(.resize(width: 60, height: 20))
        let small = DashboardView.render(state)
        GoldenScreen.check(small, "screen-60x20-too-small")
        #expect(small.text.contains("terminal too small: need 80×24, have 60×20"))
        state.update(.resize(width: 80, height: 24))
        #expect(DashboardView.render(state) == DashboardView.render(TestStates.bundled(width: 80, height: 24)))
    }

    @Test func noControlCharacterOnScreen() {
        for (width, height) in Self.sizes {
            let text = DashboardView.render(TestStates.bundled(width: width, height: height)).text
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        }
    }

    @Test func countdownsTickEverySecond() {
        var state = TestStates.bundled(width: 80, height: 24)
        let before = DashboardView.render(state)
        state.update(.tick(TestStates.now.adding(seconds: 1)))
        let after = DashboardView.render(state)
        let changedRows = Set(after.changes(from: before).map(\.row))
        #expect(!changedRows.isEmpty)
        #expect(changedRows.allSatisfy { state.layout.deadlines.row..<state.layout.deadlines.bottom ~= $0 || $0 == state.layout.status.row })
    }
}

/// The states an operator must not miss, in whole frames.
@Suite struct AlertScreenGoldenTests {
    @Test func staleWhenTheNewestSnapshotIsOlderThanTheThreshold() {
        let state = TestStates.bundled(width: 80, height: 24, now: TestStates.now.adding(seconds: 3_600))
        #expect(state.isStale)
        let screen = DashboardView.render(state)
        GoldenScreen.check(screen, "screen-80x24-stale")
        #expect(screen.lines().last?.hasPrefix("STALE: newest snapshot is 1h 10m old") == true)
    }

    /// Paused on 15:00 (four snapshots read), 18:00 and 21:00 arrive: 2 new.
    /// The same files again, or a late copy of 06:00, are not new (issue 12.12).
    @Test func pausedCountsWhatArrives() {
        var state = AppState(sourcePath: "Resources/snapshots", now: TestStates.now, width: 80, height: 24)
        state.update(.snapshots(TestStates.store(upTo: 4)))
        TestStates.press([.character("p")], on: &state)
        var store = TestStates.store(upTo: 6)
        state.update(.snapshots(store))
        store.add(SnapshotFile(path: "late-copy-of-0600.json", report: TestStates.bundledFiles[0].report))
        state.update(.snapshots(store))
        let screen = DashboardView.render(state)
        GoldenScreen.check(screen, "screen-80x24-paused")
        #expect(screen.lines().last?.hasPrefix("PAUSED (2 new) p resumes") == true)
        TestStates.press([.character("p")], on: &state)
        #expect(!state.isPaused)
        #expect(!DashboardView.render(state).text.contains("PAUSED"))
    }
}
