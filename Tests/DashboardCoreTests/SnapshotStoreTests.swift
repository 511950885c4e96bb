import Foundation
import Testing
@testable import DashboardCore

@Suite struct SnapshotStoreTests {
    typealias F = SnapshotFixture

    static func snapshot(at time: String, population: Int = 14210) -> String {
        F.replacing("\"population\": 14210", with: "\"population\": \(population)", in: F.replacing(F.generatedAt, with: time))
    }

    /// File names and modification times both say the opposite of
    /// `generated_at`; the store must follow `generated_at` alone.
    @Test func ordersByGeneratedAtNotNameOrModificationTime() throws {
        let directory = try TemporaryDirectory()
        let now = Date()
        try directory.write("a-newest-name.json", Self.snapshot(at: "2025-04-07T06:00:00+05:00", population: 20000), modified: now)
        try directory.write("b.json", Self.snapshot(at: "2025-04-07T12:00:00+05:00", population: 20100), modified: now.addingTimeInterval(-3600))
        // Written in another offset: 2025-04-07T13:30:00Z is 18:30 in Karachi, the newest instant.
        try directory.write("c-oldest-name.json", Self.snapshot(at: "2025-04-07T13:30:00Z", population: 20200), modified: now.addingTimeInterval(-7200))
        let store = try SnapshotStore.load(path: directory.path, now: F.now.adding(seconds: 3600))
        #expect(store.history.map(\.snapshot.districts[0].camps[0].population) == [20000, 20100, 20200])
        #expect(store.latest?.path.hasSuffix("c-oldest-name.json") == true)
        #expect(store.previous?.path.hasSuffix("b.json") == true)
    }

    @Test func rejectedFilesAreKeptWithTheirErrorsAndDoNotDisplaceGoodOnes() throws {
        let directory = try TemporaryDirectory()
        try directory.write("good.json", Self.snapshot(at: "2025-04-07T06:00:00+05:00"))
        try directory.write("newer-but-broken.json", F.replacing("\"population\": 14210", with: "\"population\": -1", in: Self.snapshot(at: "2025-04-07T12:00:00+05:00")))
        try directory.write("truncated.json", String(F.valid.prefix(200)))
        let store = try SnapshotStore.load(path: directory.path, now: F.now)
        #expect(store.latest?.path.hasSuffix("good.json") == true)
        #expect(store.previous == nil)
        #expect(store.rejectedFiles.map(\.name) == ["newer-but-broken.json", "truncated.json"])
        #expect(store.rejectedFiles[0].problemLines == ["\(directory.path)/newer-but-broken.json: districts[0].camps[0].population: must be a whole number from 0 to 100000000, got -1"])
    }

    @Test func skipsTemporaryAndHiddenFiles() throws {
        let directory = try TemporaryDirectory()
        try directory.write("good.json", Self.snapshot(at: "2025-04-07T06:00:00+05:00"))
        for name in [".hidden.json", "next.json.tmp", "next.json.partial", "notes.txt", "next.tmp", "x.partial"] {
            try directory.write(name, "not json")
        }
        let store = try SnapshotStore.load(path: directory.path, now: F.now)
        #expect(store.history.count == 1)
        #expect(store.rejected.isEmpty)
    }

    @Test func olderArrivalGoesIntoHistoryButDoesNotReplaceTheLatest() {
        var store = SnapshotStore()
        let newer = SnapshotFile(path: "n.json", report: F.decode(Self.snapshot(at: "2025-04-07T12:00:00+05:00", population: 20002)))
        let older = SnapshotFile(path: "o.json", report: F.decode(Self.snapshot(at: "2025-04-07T06:00:00+05:00", population: 20001)))
        let newerChangedLatest = store.add(newer)
        let olderChangedLatest = store.add(older)
        #expect(newerChangedLatest)
        #expect(!olderChangedLatest)
        #expect(store.latest?.path == "n.json")
        #expect(store.previous?.path == "o.json")
    }

    /// A file rewritten in place: a bad version is reported but does not cost
    /// the last good figures; a good version replaces them, and the version it
    /// replaced is the base for Change (the only one when one file is watched).
    @Test func aFileReadAgainKeepsItsLastGoodVersionUntilAValidOneReplacesIt() {
        var store = SnapshotStore()
        store.add(SnapshotFile(path: "x.json", report: F.decode(Self.snapshot(at: "2025-04-07T06:00:00+05:00", population: 20001))))
        let truncatedChangedLatest = store.add(SnapshotFile(path: "x.json", report: F.decode("{")))
        #expect(!truncatedChangedLatest)
        #expect(store.history.map(\.snapshot.districts[0].camps[0].population) == [20001])
        #expect(store.rejected["x.json"] != nil)
        #expect(store.keepsLastGood(ofRejected: "x.json"))

        let rewrittenChangedLatest = store.add(SnapshotFile(path: "x.json", report: F.decode(Self.snapshot(at: "2025-04-07T07:00:00+05:00", population: 20003))))
        #expect(rewrittenChangedLatest)
        #expect(store.rejected.isEmpty)
        #expect(store.latest?.snapshot.districts[0].camps[0].population == 20003)
        #expect(store.previous?.snapshot.districts[0].camps[0].population == 20001)
        #expect(store.previous?.path == "x.json")
        #expect(store.previous?.isEarlierVersion == true)

        // A third version: the second becomes the base, the first goes (one earlier version per path).
        store.add(SnapshotFile(path: "x.json", report: F.decode(Self.snapshot(at: "2025-04-07T08:00:00+05:00", population: 20007))))
        #expect(store.history.map(\.snapshot.districts[0].camps[0].population) == [20003, 20007])

        let removalChangedLatest = store.remove(path: "x.json")
        #expect(removalChangedLatest)
        #expect(store.latest == nil)
        #expect(store.history.isEmpty)
    }

    /// Rewritten with the same time (touched, or the same figures again), or
    /// rewound to an older time: never a ghost of a newer version on screen.
    @Test func aRewriteToTheSameOrAnOlderTimeLeavesNoNewerVersionBehind() {
        var store = SnapshotStore()
        store.add(SnapshotFile(path: "x.json", report: F.decode(Self.snapshot(at: "2025-04-07T06:00:00+05:00", population: 20001))))
        store.add(SnapshotFile(path: "x.json", report: F.decode(Self.snapshot(at: "2025-04-07T07:00:00+05:00", population: 20002))))
        store.add(SnapshotFile(path: "x.json", report: F.decode(Self.snapshot(at: "2025-04-07T07:00:00+05:00", population: 20003))))
        #expect(store.history.map(\.snapshot.districts[0].camps[0].population) == [20001, 20003])
        store.add(SnapshotFile(path: "x.json", report: F.decode(Self.snapshot(at: "2025-04-07T05:00:00+05:00", population: 20004))))
        #expect(store.history.map(\.snapshot.districts[0].camps[0].population) == [20004])
        #expect(store.latest?.isEarlierVersion == false)
    }

    /// One file dated a day after the clock beside one dated now: the one
    /// dated now is shown; the other waits aside until the clock reaches it.
    @Test func aSnapshotFromTheFutureIsHeldAsideUntilTheClockReachesIt() {
        let now = Instant(rfc3339: "2025-04-07T12:00:00+05:00")!
        var store = SnapshotStore()
        store.advanceClock(to: now)
        store.add(SnapshotFile(path: "now.json", report: F.decode(Self.snapshot(at: "2025-04-07T12:00:00+05:00", population: 20001))))
        let tomorrowChangedLatest = store.add(SnapshotFile(path: "tomorrow.json", report: F.decode(Self.snapshot(at: "2025-04-08T12:00:00+05:00", population: 20002))))
        #expect(!tomorrowChangedLatest)
        #expect(store.latest?.path == "now.json")
        #expect(store.heldAsideEntries.map(\.path) == ["tomorrow.json"])

        // Within the tolerance (5 minutes) a snapshot is shown at once: 12:05 is not held aside at 12:00, 12:05:01 is.
        store.add(SnapshotFile(path: "edge.json", report: F.decode(Self.snapshot(at: "2025-04-07T12:05:00+05:00", population: 20003))))
        store.add(SnapshotFile(path: "past-edge.json", report: F.decode(Self.snapshot(at: "2025-04-07T12:05:01+05:00", population: 20004))))
        #expect(store.latest?.path == "edge.json")
        #expect(store.heldAsideEntries.map(\.path) == ["past-edge.json", "tomorrow.json"])

        // The clock moves: 12:00:01 reaches 12:05:01; tomorrow's waits until 11:55 tomorrow.
        let tookInPastEdge = store.advanceClock(to: now.adding(seconds: 1))
        #expect(tookInPastEdge == ["past-edge.json"])
        #expect(store.latest?.path == "past-edge.json")
        let tookInTooEarly = store.advanceClock(to: Instant(rfc3339: "2025-04-08T11:54:59+05:00")!)
        #expect(tookInTooEarly.isEmpty)
        let tookInTomorrow = store.advanceClock(to: Instant(rfc3339: "2025-04-08T11:55:00+05:00")!)
        #expect(tookInTomorrow == ["tomorrow.json"])
        #expect(store.latest?.path == "tomorrow.json")
        #expect(store.heldAsideEntries.isEmpty)
    }

    @Test func aHeldAsideFileThatIsDeletedIsForgotten() {
        var store = SnapshotStore(futureToleranceSeconds: 0)
        store.advanceClock(to: Instant(rfc3339: "2025-04-07T12:00:00+05:00")!)
        store.add(SnapshotFile(path: "later.json", report: F.decode(Self.snapshot(at: "2025-04-07T12:00:01+05:00"))))
        #expect(store.heldAsideEntries.count == 1)
        store.remove(path: "later.json")
        #expect(store.heldAsideEntries.isEmpty)
        let tookIn = store.advanceClock(to: Instant(rfc3339: "2025-04-08T12:00:00+05:00")!)
        #expect(tookIn.isEmpty)
        #expect(store.latest == nil)
    }

    @Test func equalTimesAreOrderedByPathWhateverTheArrivalOrder() {
        let time = "2025-04-07T06:00:00+05:00"
        var forward = SnapshotStore(), backward = SnapshotStore()
        let a = SnapshotFile(path: "a.json", report: F.decode(Self.snapshot(at: time, population: 20001)))
        let b = SnapshotFile(path: "b.json", report: F.decode(Self.snapshot(at: time, population: 20002)))
        forward.add(a); forward.add(b)
        backward.add(b); backward.add(a)
        #expect(forward.history.map(\.path) == ["a.json", "b.json"])
        #expect(backward.history.map(\.path) == ["a.json", "b.json"])
    }

    @Test func historyIsBounded() {
        var store = SnapshotStore(historyLimit: 3)
        for hour in 10..<20 {
            store.add(SnapshotFile(path: "\(hour).json", report: F.decode(Self.snapshot(at: "2025-04-07T\(hour):00:00+05:00"))))
        }
        #expect(store.history.map(\.path) == ["17.json", "18.json", "19.json"])
    }
}
