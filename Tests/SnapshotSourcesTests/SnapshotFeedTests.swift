import DashboardCore
import Foundation
import Testing
import SnapshotSources

@Suite struct SnapshotFeedTests {
    typealias T = SnapshotTexts
    let feed = SnapshotFeed()

    @Test func olderSnapshotArrivingLateGoesIntoHistoryWithoutReplacingTheLatest() throws {
        let scratch = try ScratchDirectory()
        var store = SnapshotStore()
        let newer = try scratch.write("newer.json", T.valid(at: "2025-04-07T18:00:00+05:00", source: "newer"))
        let first = feed.apply([.updated(path: newer)], to: &store, now: T.now)
        #expect(first.latestChanged)
        #expect(first.rejected.isEmpty)

        let older = try scratch.write("older.json", T.valid(at: "2025-04-07T15:00:00+05:00", source: "older"))
        let second = feed.apply([.updated(path: older)], to: &store, now: T.now)
        #expect(!second.latestChanged)
        #expect(second.storeChanged)
        #expect(store.latest?.snapshot.source == "newer")
        #expect(store.previous?.snapshot.source == "older")
    }

    @Test func brokenFileAfterAGoodOneIsReportedAndTheGoodOneStays() throws {
        let scratch = try ScratchDirectory()
        var store = SnapshotStore()
        let good = try scratch.write("good.json", T.valid(at: "2025-04-07T18:00:00+05:00", source: "good"))
        _ = feed.apply([.updated(path: good)], to: &store, now: T.now)
        let broken = try scratch.write("broken.json", T.truncated(at: "2025-04-07T18:30:00+05:00"))
        let result = feed.apply([.updated(path: broken)], to: &store, now: T.now)
        #expect(!result.latestChanged)
        #expect(result.rejected.map(\.path) == [broken])
        #expect(result.rejected.first?.problemLines.first?.hasPrefix("\(broken): ") == true)
        #expect(store.latest?.path == good)
        #expect(store.rejectedFiles.map(\.path) == [broken])

        // Rewritten whole, it is read again and becomes the latest.
        try scratch.write("broken.json", T.valid(at: "2025-04-07T18:30:00+05:00", source: "fixed"))
        let fixed = feed.apply([.updated(path: broken)], to: &store, now: T.now)
        #expect(fixed.latestChanged)
        #expect(fixed.rejected.isEmpty)
        #expect(store.latest?.snapshot.source == "fixed")
        #expect(store.rejected.isEmpty)
    }

    @Test func removingTheLatestFallsBackToThePrevious() throws {
        let scratch = try ScratchDirectory()
        var store = SnapshotStore()
        let older = try scratch.write("older.json", T.valid(at: "2025-04-07T15:00:00+05:00", source: "older"))
        let newer = try scratch.write("newer.json", T.valid(at: "2025-04-07T18:00:00+05:00", source: "newer"))
        _ = feed.apply([.updated(path: older), .updated(path: newer)], to: &store, now: T.now)
        let result = feed.apply([.removed(path: newer)], to: &store, now: T.now)
        #expect(result.latestChanged)
        #expect(store.latest?.snapshot.source == "older")
    }

    @Test func problemsAndRecoveryArePassedOnWithoutTouchingTheStore() throws {
        var store = SnapshotStore()
        let lost = feed.apply([.problem("snapshot directory /x: No such file or directory")], to: &store, now: T.now)
        #expect(lost.problems == ["snapshot directory /x: No such file or directory"])
        #expect(!lost.storeChanged && !lost.latestChanged && !lost.recovered)
        let back = feed.apply([.recovered], to: &store, now: T.now)
        #expect(back.recovered && back.problems.isEmpty && !back.storeChanged)
    }

    /// The run loop's whole job: `feed.apply(source.changes(), to: &store, now:)`.
    @Test(arguments: watchModes) func sourceAndFeedTogetherFollowADirectory(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        try scratch.writeByRename("a.json", T.valid(at: "2025-04-07T12:00:00+05:00", source: "a"))
        let source = SnapshotSource(path: scratch.root, mode: mode)
        var store = SnapshotStore()
        #expect(feed.apply(source.initialScan(), to: &store, now: T.now).latestChanged)

        try scratch.writeByRename("b.json", T.valid(at: "2025-04-07T18:00:00+05:00", source: "b"))
        try scratch.writeByRename("late.json", T.valid(at: "2025-04-07T09:00:00+05:00", source: "late"))
        let changes = collectChanges(from: source) { $0.updatedPaths.count == 2 }
        let result = feed.apply(changes, to: &store, now: T.now)
        #expect(result.latestChanged)
        #expect(store.history.map(\.snapshot.source) == ["late", "a", "b"])
    }
}
