import DashboardCore
import Testing
@testable import DashboardUI

@Suite struct StatusLineTests {
    static func render(_ state: AppState, width: Int) -> Screen {
        var screen = Screen(width: width, height: 1)
        StatusLine.draw(state, in: Rect(row: 0, col: 0, width: width, height: 1), on: &screen)
        return screen
    }

    static func rejectedFile(_ name: String, _ message: String) -> SnapshotFile {
        let path = JSONPath([.key("districts"), .index(0), .key("camps"), .index(2), .key("population")])
        return SnapshotFile(path: "/data/" + name, report: ValidationReport(
            snapshot: nil, issues: [ValidationIssue(.error, path, message)], errorCount: 1, warningCount: 0))
    }

    static func withRejected(_ store: SnapshotStore) -> SnapshotStore {
        var store = store
        store.add(rejectedFile("2025-04-07T1930.json", "must be a whole number from 0 to 100000000, got -12"))
        store.add(rejectedFile("2025-04-07T2130.json", "must be a whole number from 0 to 100000000, got -3"))
        return store
    }

    static func state(_ store: SnapshotStore, now: Instant = TestStates.now, source: String = "Resources/snapshots") -> AppState {
        var state = AppState(sourcePath: source, now: now, width: 80, height: 24)
        state.update(.snapshots(store))
        return state
    }

    @Test(arguments: [80, 200])
    func bundled(width: Int) {
        GoldenScreen.check(Self.render(TestStates.bundled(width: width, height: 24), width: width), "status-\(width)")
    }

    @Test(arguments: [80, 200])
    func rejectedFilesShowTheCountAndTheNewestError(width: Int) {
        let screen = Self.render(Self.state(Self.withRejected(TestStates.bundledStore)), width: width)
        GoldenScreen.check(screen, "status-rejected-\(width)")
        #expect(screen.text.contains("! 2 rejected"))
        #expect(screen.text.contains("2025-04-07 21:00"))
        // At 80 the error takes the room "q quit" would have had: it matters more.
        #expect(screen.text.hasSuffix(width == 80 ? "? help" : "? help  q quit"))
        if width == 200 {
            #expect(screen.text.contains("! 2 rejected: 2025-04-07T2130.json: districts[0].camps[2].population: must be a whole number from 0 to 100000000, got -3"))
        }
    }

    @Test(arguments: [80, 200])
    func noValidSnapshotYet(width: Int) {
        let empty = Self.render(Self.state(SnapshotStore(), source: "/srv/snapshots"), width: width)
        GoldenScreen.check(empty, "status-no-snapshot-\(width)")
        #expect(empty.text.hasPrefix("No valid snapshot yet"))
        let rejectedOnly = Self.render(Self.state(Self.withRejected(SnapshotStore()), source: "/srv/snapshots"), width: width)
        GoldenScreen.check(rejectedOnly, "status-no-snapshot-rejected-\(width)")
        #expect(rejectedOnly.text.contains("! 2 rejected"))
    }

    /// The default threshold is 15 minutes after `generated_at` (21:00; TestStates.now is 21:10).
    @Test func staleAfterTheThreshold() {
        let fresh = Self.render(TestStates.bundled(now: TestStates.now.adding(seconds: 4 * 60)), width: 120).text
        #expect(fresh.contains("(14m ago)"))
        #expect(!fresh.contains("STALE"))
        let stale = Self.render(TestStates.bundled(now: TestStates.now.adding(seconds: 6 * 60)), width: 120).text
        #expect(stale.hasPrefix("STALE: newest snapshot is 16m old"))
        var custom = TestStates.bundled(now: TestStates.now.adding(seconds: 6 * 60))
        custom.options.staleAfterSeconds = 20 * 60
        #expect(!Self.render(custom, width: 120).text.contains("STALE"))
    }

    @Test func asciiModeWritesOnlyASCII() {
        var state = Self.state(Self.withRejected(TestStates.bundledStore))
        state.options = DisplayOptions(ascii: true)
        for width in [0, 1, 20, 50, 80, 120, 200] {
            #expect(Self.render(state, width: width).text.unicodeScalars.allSatisfy { $0.isASCII }, "width \(width)")
        }
    }

    @Test func ageText() {
        #expect(StatusLine.ageText(seconds: 0) == "just now")
        #expect(StatusLine.ageText(seconds: 59.9) == "just now")
        #expect(StatusLine.ageText(seconds: 1800) == "30m ago")
        #expect(StatusLine.ageText(seconds: 7500) == "2h 5m ago")
        #expect(StatusLine.ageText(seconds: 7200) == "2h ago")
        #expect(StatusLine.ageText(seconds: 3 * 86_400 + 4000) == "3d ago")
        #expect(StatusLine.ageText(seconds: -30) == "just now")
        #expect(StatusLine.ageText(seconds: -600) == "10m in the future")
    }

    @Test func ageFollowsTheClock() {
        var state = TestStates.bundled(width: 80, height: 24)
        #expect(Self.render(state, width: 80).text.contains("(10m ago)"))
        state.update(.tick(TestStates.now.adding(seconds: 2 * 86_400)))
        #expect(Self.render(state, width: 80).text.hasPrefix("STALE: newest snapshot is 2d old"))
    }

    /// The operator's own feedback is never crowded out, at every width the
    /// dashboard draws: the answer to `e` (the file's name, and its directory
    /// whole once the line can hold time, answer and `! 2 rejected`), and
    /// `! 2 rejected`, even beside a long source problem, which used to take
    /// all the room left and push the rejected count off the line.
    @Test func operatorFeedbackIsNeverCrowdedOut() {
        var state = Self.state(Self.withRejected(TestStates.bundledStore))
        let saved = "Saved districts-2110.csv (23 districts) in /home/operator/exports"
        state.statusMessage = StatusMessage(saved, kind: .info, shownAt: TestStates.now)
        state.sourceProblem = "cannot read /srv/snapshots: permission denied (the figures shown are the last good ones)"
        for width in 80...240 {
            let line = Self.render(state, width: width).lines()[0]
            #expect(line.hasPrefix("2025-04-07 21:00 GMT+5") || line.hasPrefix("Snapshot 2025-04-07 21:00 GMT+5"), "width \(width)")
            #expect(line.contains("Saved districts-2110.csv (23 districts)"), "width \(width)")
            #expect(line.contains("! 2 rejected"), "width \(width)")
            let wholeFits = width >= TextWidth.of("2025-04-07 21:00 GMT+5  " + saved + "  ! 2 rejected")
            #expect(line.contains(saved) == wholeFits, "width \(width)")
        }
    }

    /// From a wall display down to one cell: never past the width, and the
    /// most important parts are the last to go.
    @Test func narrowingDropsLowerPriorityPartsFirst() {
        let state = Self.state(Self.withRejected(TestStates.bundledStore))
        var previousParts = 1_000
        for width in stride(from: 240, through: 0, by: -1) {
            let screen = Self.render(state, width: width)
            let line = screen.lines()[0]
            #expect(TextWidth.of(line) <= width)
            if width >= 60 {
                #expect(line.hasPrefix("2025-04-07 21:00") || line.hasPrefix("Snapshot 2025-04-07 21:00"))
                #expect(line.contains("! 2 rejected"))
                #expect(line.hasSuffix("? help") || line.hasSuffix("q quit"))
            }
            let parts = line.components(separatedBy: "  ").filter { !$0.isEmpty }.count
            #expect(parts <= previousParts + 1)
            previousParts = parts
        }
    }

    @Test func wideAndUnsafeSourceTextStaysInItsPlace() {
        var snapshot = TestStates.bundledStore.latest!.snapshot
        snapshot.source = "مرکز کنترول\u{1B}]52;c;aGk=\u{07} 控制室 🛂 export\nline two"
        var store = SnapshotStore()
        store.add(SnapshotFile(path: "/data/x\u{1B}.json", report: ValidationReport(snapshot: snapshot, issues: [], errorCount: 0, warningCount: 0)))
        for width in [80, 120, 200] {
            let screen = Self.render(Self.state(store), width: width)
            for cell in screen.cells {
                #expect(!cell.symbol.unicodeScalars.contains(where: TerminalSafeText.isUnsafe))
            }
            #expect(TextWidth.of(screen.lines()[0]) <= width)
            #expect(screen.text.hasSuffix("? help  q quit"))
        }
        GoldenScreen.check(Self.render(Self.state(store), width: 200), "status-unsafe-source-200")
    }

    @Test func snapshotWarningsAreShownWhenThereIsRoom() {
        let latest = TestStates.bundledStore.latest!
        let warning = ValidationIssue(.warning, JSONPath([.key("generated_at")]), "is 2h in the future")
        var store = SnapshotStore()
        store.add(SnapshotFile(path: latest.path, report: ValidationReport(snapshot: latest.snapshot, issues: [warning], errorCount: 0, warningCount: 1)))
        let text = Self.render(Self.state(store), width: 200).text
        #expect(text.contains("! 1 warning: generated_at: is 2h in the future"))
    }
}
