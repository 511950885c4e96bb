import Foundation
import Testing
@testable import DashboardCore

/// A URL's bodies are versions of one name: `add` keeps the earlier
/// ones for "change since previous", and a bad body never displaces a good one.
@Suite struct SnapshotStoreVersionTests {
    typealias F = SnapshotFixture
    static let url = "https://publisher.example/latest.json"

    static func body(at time: String, population: Int) -> [UInt8] {
        Array(SnapshotStoreTests.snapshot(at: time, population: population).utf8)
    }

    static func version(_ bytes: [UInt8]) -> SnapshotFile {
        SnapshotLoader().load(bytes: bytes, path: url, now: F.now.adding(seconds: 6 * 3600))
    }

    @Test func versionsOfOneURLBuildAHistory() {
        var store = SnapshotStore()
        let changed1 = store.add(Self.version(Self.body(at: "2025-04-07T06:00:00+05:00", population: 20000)))
        #expect(changed1)
        let changed2 = store.add(Self.version(Self.body(at: "2025-04-07T09:00:00+05:00", population: 20100)))
        #expect(changed2)
        #expect(store.history.map(\.snapshot.districts[0].camps[0].population) == [20000, 20100])
        #expect(store.previous?.path == Self.url)
        // The same version fetched again (a server that ignores validators) is not a second entry.
        let changed3 = store.add(Self.version(Self.body(at: "2025-04-07T09:00:00+05:00", population: 20100)))
        #expect(!changed3)
        #expect(store.history.count == 2)
    }

    @Test func aRejectedVersionKeepsTheLastGoodAndAGoodOneClearsTheRejection() {
        var store = SnapshotStore()
        store.add(Self.version(Self.body(at: "2025-04-07T06:00:00+05:00", population: 20000)))
        let html = Array("<html><body>502 Bad Gateway</body></html>".utf8)
        let changed4 = store.add(Self.version(html))
        #expect(!changed4)
        #expect(store.latest?.snapshot.districts[0].camps[0].population == 20000)
        #expect(store.rejectedFiles.map(\.name) == ["latest.json"])
        let changed5 = store.add(Self.version(Self.body(at: "2025-04-07T09:00:00+05:00", population: 20100)))
        #expect(changed5)
        #expect(store.rejectedFiles.isEmpty)
        #expect(store.latest?.snapshot.districts[0].camps[0].population == 20100)
    }

    /// The size limit holds for bytes as for files: 1 byte over is refused with the file's message.
    @Test func bytesOverTheLimitAreRefusedLikeAFile() {
        let bytes = Self.body(at: "2025-04-07T06:00:00+05:00", population: 20000)
        let file = SnapshotLoader(sizeLimit: bytes.count - 1).load(bytes: bytes, path: Self.url, now: F.now)
        #expect(file.report.snapshot == nil)
        #expect(file.report.errors.first?.message == "file is \(CountFormat.byteSize(bytes.count)), over the size limit of \(CountFormat.byteSize(bytes.count - 1)); --max-size changes it")
        #expect(SnapshotLoader(sizeLimit: bytes.count).load(bytes: bytes, path: Self.url, now: F.now.adding(seconds: 6 * 3600)).report.snapshot != nil)
    }
}
