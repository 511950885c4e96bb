import DashboardCore
import Foundation
import Testing
import SnapshotSources

/// The progress callback the dashboard draws its "Reading snapshots" line
/// from, and with which the operator's q stops a long read.
@Suite struct SnapshotFeedProgressTests {
    typealias T = SnapshotTexts

    @Test func calledBeforeEachFileWithCountsAndSizesSoFar() throws {
        let scratch = try ScratchDirectory()
        let first = try scratch.write("a.json", T.valid(at: "2025-04-07T15:00:00+05:00", source: "a"))
        let second = try scratch.write("b.json", T.truncated(at: "2025-04-07T18:00:00+05:00"))
        let sizes = try [first, second].map { try #require(FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) }
        var store = SnapshotStore()
        var seen: [SnapshotReadProgress] = []
        let result = SnapshotFeed().apply([.updated(path: first), .removed(path: scratch.path("gone.json")), .updated(path: second)],
                                          to: &store, now: T.now) { progress in
            seen.append(progress)
            return true
        }
        let total = sizes[0] + sizes[1]
        #expect(seen == [
            SnapshotReadProgress(filesRead: 0, fileCount: 2, bytesRead: 0, byteCount: total, currentPath: first),
            SnapshotReadProgress(filesRead: 1, fileCount: 2, bytesRead: sizes[0], byteCount: total, currentPath: second),
        ])
        #expect(result.rejected.map(\.path) == [second])
        #expect(store.latest?.path == first)
    }

    @Test func returningFalseStopsBeforeTheNextFile() throws {
        let scratch = try ScratchDirectory()
        let paths = try (0..<3).map { try scratch.write("\($0).json", T.valid(at: "2025-04-07T1\($0):00:00+05:00", source: "s\($0)")) }
        var store = SnapshotStore()
        var calls = 0
        let result = SnapshotFeed().apply(paths.map { .updated(path: $0) }, to: &store, now: T.now) { progress in
            calls += 1
            return progress.filesRead < 2
        }
        #expect(calls == 3)
        #expect(result.storeChanged)
        #expect(store.latest?.path == paths[1], "the first two were read, the third was not")
    }

    @Test func aFileThatCannotBeStatedCountsNoBytesAndIsStillReported() throws {
        let scratch = try ScratchDirectory()
        let missing = scratch.path("missing.json")
        var store = SnapshotStore()
        var seen: [SnapshotReadProgress] = []
        let result = SnapshotFeed().apply([.updated(path: missing)], to: &store, now: T.now) { progress in
            seen.append(progress)
            return true
        }
        #expect(seen == [SnapshotReadProgress(filesRead: 0, fileCount: 1, bytesRead: 0, byteCount: 0, currentPath: missing)])
        #expect(result.rejected.map(\.path) == [missing])
    }
}
