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

    @Test func aFileReadAgainReplacesItsEarlierSelf() {
        var store = SnapshotStore()
        store.add(SnapshotFile(path: "x.json", report: F.decode(Self.snapshot(at: "2025-04-07T06:00:00+05:00", population: 20001))))
        store.add(SnapshotFile(path: "x.json", report: F.decode("{")))
        #expect(store.history.isEmpty)
        #expect(store.rejected["x.json"] != nil)
        store.add(SnapshotFile(path: "x.json", report: F.decode(Self.snapshot(at: "2025-04-07T07:00:00+05:00", population: 20003))))
        #expect(store.history.map(\.snapshot.districts[0].camps[0].population) == [20003])
        #expect(store.rejected.isEmpty)
        let removalChangedLatest = store.remove(path: "x.json")
        #expect(removalChangedLatest)
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
