import DashboardCore
import Testing
@testable import DashboardUI

/// Change against a previous snapshot, built by hand: a rise, a fall, no
/// change, and a district the previous snapshot did not have.
@Suite struct DistrictsPaneChangeTests {
    static func snapshot(at time: String, _ populations: [(id: String, population: Int)]) -> Snapshot {
        Snapshot(
            generatedAt: Instant(rfc3339: time)!,
            districts: populations.map { entry in
                District(id: entry.id, name: entry.id.capitalized, province: "Punjab",
                         camps: [Camp(id: entry.id + "-camp", name: "Camp", status: .open, population: entry.population)])
            }
        )
    }

    static func file(_ path: String, _ snapshot: Snapshot) -> SnapshotFile {
        SnapshotFile(path: path, report: ValidationReport(snapshot: snapshot, issues: [], errorCount: 0, warningCount: 0))
    }

    @Test func riseFallUnchangedAndNew() throws {
        var store = SnapshotStore()
        store.add(Self.file("a.json", Self.snapshot(at: "2025-04-07T18:00:00+05:00", [("rising", 1_000), ("falling", 2_000), ("steady", 300)])))
        store.add(Self.file("b.json", Self.snapshot(at: "2025-04-07T21:00:00+05:00", [("rising", 2_204), ("falling", 1_965), ("steady", 300), ("arrived", 50)])))
        var state = AppState(sourcePath: "test", now: TestStates.now, width: 80, height: 24)
        state.update(.snapshots(store))
        let screen = DistrictsPaneTests.render(state)
        GoldenScreen.check(screen, "districts-80x24-changes")
        let lines = screen.lines()
        func line(_ name: String) throws -> String { try #require(lines.first { $0.contains(name) }) }
        #expect(try line("Rising").hasSuffix("▲ +1,204 │"))
        #expect(try line("Falling").hasSuffix("▼ -35 │"))
        #expect(try line("Steady").hasSuffix(" 0 │"))
        #expect(try line("Arrived").hasSuffix(" new │"))
        // Total against the whole previous snapshot: 4,519 - 3,300.
        #expect(try line("All districts").hasSuffix("▲ +1,219 │"))
    }

    /// "Vanished" (49,722 people) is in the previous snapshot only: it is the
    /// last row whatever the sort, dimmed, `gone` in Camps, its last population
    /// and minus it, so the total's -49,722 + 5 = -49,717 has a row that says
    /// where it went. Enter on it stays in the list; a filter that does not
    /// match its name hides it.
    @Test func aDistrictGoneSinceThePreviousSnapshotIsTheLastRow() throws {
        var store = SnapshotStore()
        store.add(Self.file("a.json", Self.snapshot(at: "2025-04-07T18:00:00+05:00", [("vanished", 49_722), ("kept", 100)])))
        var state = AppState(sourcePath: "test", now: TestStates.now, width: 80, height: 24)
        state.update(.snapshots(store))
        store.add(Self.file("b.json", Self.snapshot(at: "2025-04-07T21:00:00+05:00", [("kept", 105)])))
        state.update(.snapshots(store))
        // It moved with the newest snapshot, as much as a row can: marked like any row that changed.
        #expect(state.changeHighlight.isMarked("vanished", at: state.now))
        for keys in [[Key](), [.character("s")], [.character("S")]] { // population ▼, then change ▼, change ▲
            TestStates.press(keys, on: &state)
            #expect(state.districts.rowIDs == ["kept", "vanished"])
        }
        let screen = DistrictsPaneTests.render(state)
        let lines = screen.lines()
        #expect(lines[0].contains("Districts (1, 1 gone)"))
        let row = try #require(lines.firstIndex { $0.contains("Vanished") })
        #expect(lines[row].contains("gone") && lines[row].contains("49,722") && lines[row].hasSuffix("▼ -49,722 │"))
        #expect(screen[row, 4].style.foreground == .muted, "dimmed")
        #expect(try #require(lines.first { $0.contains("All districts") }).hasSuffix("▼ -49,717 │"))
        TestStates.press([.character("j"), .enter], on: &state)
        #expect(state.districts.selectedID == "vanished" && state.drillDown == nil)
        TestStates.press([.character("/")], on: &state)
        TestStates.type("kep", on: &state)
        #expect(state.districts.rowIDs == ["kept"])
    }

    @Test func withoutAPreviousSnapshotChangeIsADash() throws {
        var store = SnapshotStore()
        store.add(Self.file("b.json", Self.snapshot(at: "2025-04-07T21:00:00+05:00", [("alone", 50)])))
        var state = AppState(sourcePath: "test", now: TestStates.now, width: 80, height: 24)
        state.update(.snapshots(store))
        let lines = DistrictsPaneTests.render(state).lines()
        #expect(try #require(lines.first { $0.contains("Alone") }).hasSuffix(" – │"))
        #expect(try #require(lines.first { $0.contains("All districts") }).hasSuffix(" – │"))
    }
}
