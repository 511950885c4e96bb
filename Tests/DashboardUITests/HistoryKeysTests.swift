import DashboardCore
import Foundation
import Testing
@testable import DashboardUI

/// `b` (what Change compares with) and `[` `]` End (time travel) on the
/// bundled snapshots: 06:00 to 21:00 every three hours. Haripur's population,
/// summed from its camps in each file: 99,447 · 99,414 · 99,379 · 99,345 ·
/// 99,310 · 99,275; all districts: 444,009 · 443,890 · 443,752 · 443,612 ·
/// 443,472 · 443,330.
@Suite struct HistoryKeysTests {
    static func state(shiftStarts: [String] = ["10:00"], width: Int = 120, height: Int = 40) -> AppState {
        let options = DisplayOptions(shiftStarts: ShiftStarts(parsing: shiftStarts)!)
        var state = AppState(sourcePath: "Resources/snapshots", now: TestStates.now, width: width, height: height, options: options)
        state.update(.snapshots(TestStates.bundledStore))
        return state
    }

    static func haripur(_ state: AppState) -> DistrictFigures? { state.data?.district(id: "kp-haripur") }

    static func changeTitle(_ state: AppState) -> String? {
        DashboardView.render(state).lines()[2].split(separator: "  ").last.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " │")) }
    }

    /// Answers `rereadSnapshot` as the run loop does: the real file, read and validated again.
    static func press(_ key: Key, on state: inout AppState) {
        for case .rereadSnapshot(let path) in state.update(.key(key)) {
            state.update(.snapshotReread(SnapshotLoader().load(path: path, now: TestStates.now)))
        }
    }

    @Test func bCyclesPreviousStartOfShiftAndADayAgo() {
        var state = Self.state()
        #expect(Self.changeTitle(state) == "Δ vs 18:00")
        #expect(Self.haripur(state)?.populationChange == -35)  // 99,275 − 99,310

        Self.press(.character("b"), on: &state)
        // Shift start 10:00; the newest snapshot at or before it is 09:00: 99,275 − 99,414.
        #expect(state.baselineChoice == .shiftStart)
        #expect(Self.changeTitle(state) == "Δ since 10:00")
        #expect(Self.haripur(state)?.populationChange == -139)
        #expect(state.data?.population.totals.populationChange == -560)  // 443,330 − 443,890
        #expect(state.statusMessage?.text == "Change compares with the start of shift, 2025-04-07 10:00 GMT+5 (snapshot 2025-04-07 09:00 GMT+5)")

        Self.press(.character("b"), on: &state)
        // 24 h before 21:00 is older than the history: the oldest kept (06:00) stands in, and says so.
        #expect(Self.changeTitle(state) == "Δ oldest 06:00")
        #expect(Self.haripur(state)?.populationChange == -172)  // 99,275 − 99,447
        #expect(state.data?.population.totals.populationChange == -679)  // 443,330 − 444,009
        #expect(state.statusMessage?.text.contains("older than the history kept") == true)

        Self.press(.character("b"), on: &state)
        #expect(Self.changeTitle(state) == "Δ vs 18:00")
        #expect(Self.haripur(state)?.populationChange == -35)
    }

    @Test func theCampsTableChangesWithTheBaselineToo() throws {
        var state = Self.state()
        state.districts.selectedID = "kp-peshawar"
        Self.press(.enter, on: &state)
        Self.press(.character("b"), on: &state)
        let badaber = try #require(state.campRows?.first { $0.camp.id == "kp-peshawar-badaber" })
        #expect(badaber.populationChange == 8_293 - 8_312)  // 21:00 minus 09:00
    }

    /// Issue 12.12: a late, older snapshot changes what Change compares with, and the title says so.
    @Test func aLateSnapshotThatBecomesTheBaseIsNamed() throws {
        var state = Self.state()
        var late = try #require(TestStates.bundledFiles[4].report.snapshot)  // 18:00's figures, dated 19:30
        late.generatedAt = Instant(rfc3339: "2025-04-07T19:30:00+05:00")!
        late.districts[0].camps[0].population += 10
        var store = TestStates.bundledStore
        store.add(SnapshotFile(path: "late-1930.json", report: ValidationReport(snapshot: late, issues: [], errorCount: 0, warningCount: 0)))
        state.update(.snapshots(store))
        #expect(state.data?.snapshot.generatedAt == Instant(rfc3339: "2025-04-07T21:00:00+05:00"), "the newest stays on screen")
        #expect(Self.changeTitle(state) == "Δ vs 19:30")
        #expect(state.data?.population.totals.populationChange == 443_330 - (443_472 + 10))
    }

    /// District "b" (300 people) is in 06:00 only; 07:00, 08:00 and 09:00 are
    /// whole in the store, 06:00 only in the history. Compared with the start
    /// of shift (06:00), b is a gone row with its last population, named from the history.
    @Test func whatDisappearedSinceAnOlderBaselineIsListedByName() throws {
        func snapshot(_ time: String, withB: Bool) -> Snapshot {
            var districts = [District(id: "a", name: "Alpha", province: "P", camps: [Camp(id: "a1", name: "A one", status: .open, population: 1_000)])]
            if withB { districts.append(District(id: "b", name: "Beta", province: "Q", camps: [Camp(id: "b1", name: "B one", status: .open, population: 300)])) }
            return Snapshot(generatedAt: Instant(rfc3339: "2025-04-07T\(time):00+05:00")!, districts: districts)
        }
        var store = SnapshotStore()
        for (time, withB) in [("06:00", true), ("07:00", false), ("08:00", false), ("09:00", false)] {
            store.add(SnapshotFile(path: "\(time).json", report: ValidationReport(snapshot: snapshot(time, withB: withB), issues: [], errorCount: 0, warningCount: 0)))
        }
        var state = AppState(sourcePath: "dir", now: TestStates.now, width: 120, height: 40,
                             options: DisplayOptions(shiftStarts: ShiftStarts(parsing: ["06:00"])!))
        state.update(.snapshots(store))
        #expect(state.data?.population.goneDistricts.isEmpty == true, "not gone since 08:00")
        Self.press(.character("b"), on: &state)
        let gone = try #require(state.data?.population.goneDistricts.first)
        #expect(gone.name == "Beta" && gone.province == "Q" && gone.population == 300 && gone.populationChange == -300)
        // 1,000 now against 1,300 at 06:00: the total's change is the gone row's.
        #expect(state.data?.population.totals.populationChange == -300)
    }

    @Test func travelBackShowsKeptSnapshotsAndSaysItIsNotLive() throws {
        var state = Self.state()
        Self.press(.character("["), on: &state)
        // 18:00 is still whole in the store.
        #expect(state.data?.snapshot.generatedAt == Instant(rfc3339: "2025-04-07T18:00:00+05:00"))
        #expect(Self.haripur(state)?.population == 99_310)
        #expect(Self.haripur(state)?.populationChange == -35)  // 99,310 − 99,345 (15:00)
        #expect(DashboardView.render(state).lines()[0].contains("VIEWING 18:00 · 1 back · ] to return"))

        Self.press(.character("["), on: &state)
        Self.press(.character("["), on: &state)
        // 12:00 is not kept whole: its file is read again.
        #expect(state.data?.snapshot.generatedAt == Instant(rfc3339: "2025-04-07T12:00:00+05:00"))
        #expect(Self.haripur(state)?.population == 99_379)
        #expect(Self.haripur(state)?.populationChange == -35)  // 99,379 − 99,414 (09:00, from the history's figures)
        #expect(Self.changeTitle(state) == "Δ vs 09:00")
        let screen = DashboardView.render(state)
        GoldenScreen.check(screen, "screen-120x40-viewing-1200")
        #expect(screen.lines()[0].contains("VIEWING 12:00 · 3 back · ] to return"))

        Self.press(.character("]"), on: &state)
        #expect(Self.haripur(state)?.population == 99_345)
        Self.press(.end, on: &state)
        #expect(state.timeTravel == nil)
        #expect(Self.haripur(state)?.population == 99_275)
        #expect(!DashboardView.render(state).lines()[0].contains("VIEWING"))
    }

    @Test func newSnapshotsArriveUnderneathWhileTravelling() throws {
        var state = Self.state()
        Self.press(.character("["), on: &state)
        Self.press(.character("["), on: &state)  // 15:00
        // Midnight arrives: 21:00's figures three hours later, one person fewer in the first camp.
        var midnight = try #require(TestStates.bundledFiles[5].report.snapshot)
        midnight.generatedAt = Instant(rfc3339: "2025-04-08T00:00:00+05:00")!
        midnight.districts[0].camps[0].population -= 1
        var store = TestStates.bundledStore
        // The store's clock moves past midnight first: a snapshot ahead of it is held aside.
        store.advanceClock(to: Instant(rfc3339: "2025-04-08T00:01:00+05:00")!)
        store.add(SnapshotFile(path: "2025-04-08T0000.json", report: ValidationReport(snapshot: midnight, issues: [], errorCount: 0, warningCount: 0)))
        state.update(.snapshots(store))
        // Still on 15:00, now three back.
        #expect(Self.haripur(state)?.population == 99_345)
        #expect(DashboardView.render(state).lines()[0].contains("VIEWING 15:00 · 3 back"))
        Self.press(.character("]"), on: &state)
        Self.press(.character("]"), on: &state)  // 21:00: read again, no longer the newest
        #expect(Self.haripur(state)?.population == 99_275)
        Self.press(.character("]"), on: &state)
        #expect(state.timeTravel == nil, "past the last kept moment: live")
        #expect(state.data?.snapshot.generatedAt == midnight.generatedAt)
    }

    @Test func aKeptMomentWhoseFileIsGoneSaysSoAndShowsNoOtherFigures() throws {
        var store = SnapshotStore()
        // 09:00 was read from a file that has since been deleted.
        store.add(SnapshotFile(path: "/nonexistent/repatdash/2025-04-07T0900.json", report: TestStates.bundledFiles[1].report))
        for file in TestStates.bundledFiles[2...] { store.add(file) }
        var state = AppState(sourcePath: "Resources/snapshots", now: TestStates.now, width: 120, height: 40)
        state.update(.snapshots(store))
        for _ in 0..<4 { Self.press(.character("["), on: &state) }
        let problem = try #require(state.timeTravel?.problem)
        #expect(problem.hasPrefix("The snapshot of 2025-04-07 09:00 GMT+5 can no longer be read from /nonexistent/repatdash/2025-04-07T0900.json"))
        let screen = DashboardView.render(state)
        GoldenScreen.check(screen, "screen-120x40-viewing-gone")
        #expect(screen.text.contains("Kept in the history: population 443,890 in all districts."))
        #expect(!screen.text.contains("Haripur"), "no figures of another moment stand in")
        #expect(screen.lines()[0].contains("VIEWING 09:00 · 4 back"))
    }

    /// STALE is about the feed: viewing 06:00 at 21:10 is not stale, the newest (21:00) is 10 minutes old.
    @Test func travellingBackDoesNotMakeTheScreenStale() {
        var state = Self.state()
        for _ in 0..<5 { Self.press(.character("["), on: &state) }
        #expect(state.snapshotAgeSeconds == 600)
        #expect(!state.isStale)
        #expect(!DashboardView.render(state).text.contains("STALE"))
    }

    @Test func travellingBackPastTheOldestSaysSo() {
        var state = Self.state()
        for _ in 0..<5 { Self.press(.character("["), on: &state) }
        #expect(state.data?.snapshot.generatedAt == Instant(rfc3339: "2025-04-07T06:00:00+05:00"))
        Self.press(.character("["), on: &state)
        #expect(state.statusMessage?.text == "No older snapshot kept (the history keeps 24 h)")
        #expect(state.data?.snapshot.generatedAt == Instant(rfc3339: "2025-04-07T06:00:00+05:00"))
    }

    @Test func drillDownTrendGolden() {
        var state = Self.state()
        state.districts.selectedID = "kp-peshawar"
        Self.press(.enter, on: &state)
        let screen = DashboardView.render(state)
        GoldenScreen.check(screen, "screen-120x40-peshawar-trend")
        // Peshawar: 66,957 at 06:00 down to 66,840 at 21:00, lowest last, highest first.
        #expect(screen.text.contains("first 66,957 06:00 · last 66,840 21:00 · low 66,840 21:00 · high 66,957 06:00"))
    }
}
