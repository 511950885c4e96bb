import Foundation
import Testing
import SnapshotSources

/// One snapshot file, watched through its directory so that a replacement by
/// rename is seen as well as a rewrite in place.
@Suite struct SnapshotSourceSingleFileTests {
    @Test(arguments: watchModes) func replacementByRenameIsReported(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("current.json", "{}")
        let source = SnapshotSource(path: path, mode: mode)
        #expect(source.kind == .file)
        #expect(source.initialScan() == [.updated(path: path)])
        // Other files beside it are none of its business.
        try scratch.write("other.json", "{}")
        try scratch.writeByRename("current.json", "{\"replaced\": true}")
        #expect(collectChanges(from: source, untilUpdated: path) == [.updated(path: path)])
        // Replaced twice: the watch is on the directory, not on the first inode.
        try scratch.writeByRename("current.json", "{\"replaced\": 2}")
        #expect(collectChanges(from: source, untilUpdated: path) == [.updated(path: path)])
    }

    @Test(arguments: watchModes) func rewriteInPlaceIsReported(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("current.json", "{}")
        let source = SnapshotSource(path: path, mode: mode)
        #expect(source.initialScan() == [.updated(path: path)])
        try scratch.write("current.json", "{\"in place\": true}")
        #expect(collectChanges(from: source, untilUpdated: path) == [.updated(path: path)])
    }

    @Test(arguments: watchModes) func deletedThenWrittenAgain(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("current.json", "{}")
        let source = SnapshotSource(path: path, mode: mode)
        #expect(source.initialScan() == [.updated(path: path)])
        try scratch.remove("current.json")
        #expect(collectChanges(from: source) { !$0.isEmpty } == [.removed(path: path)])
        #expect(source.problem == nil)
        try scratch.writeByRename("current.json", "{}")
        #expect(collectChanges(from: source, untilUpdated: path) == [.updated(path: path)])
    }

    @Test(arguments: watchModes) func fileNotWrittenYetIsNotAProblem(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path("soon.json")
        let source = SnapshotSource(path: path, mode: mode)
        #expect(source.kind == .file)
        #expect(source.initialScan() == [])
        try scratch.writeByRename("soon.json", "{}")
        #expect(collectChanges(from: source, untilUpdated: path) == [.updated(path: path)])
    }

    @Test(arguments: watchModes) func directoryOfTheFileVanishingIsAProblem(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let directory = try scratch.makeDirectory("feed")
        let path = try scratch.write("feed/current.json", "{}")
        let source = SnapshotSource(path: path, mode: mode, retryIntervalMilliseconds: 20)
        #expect(source.initialScan() == [.updated(path: path)])
        try scratch.remove("feed")
        let lost = collectChanges(from: source) { $0.hasProblem }
        #expect(lost.last == .problem("snapshot directory \(directory): No such file or directory"))
        _ = try scratch.makeDirectory("feed")
        try scratch.writeByRename("feed/current.json", "{}")
        let back = collectChanges(from: source) { $0.contains(.recovered) && $0.contains(.updated(path: path)) }
        #expect(back.first == .recovered)
        #expect((lost + back).files(startingFrom: [path]) == [path])
    }

    @Test func relativeFileNameIsWatchedInTheCurrentDirectory() {
        let source = SnapshotSource(path: "not-here-\(UUID().uuidString).json", mode: .polling(intervalMilliseconds: 20))
        #expect(source.kind == .file)
        #expect(source.initialScan() == [])
        #expect(source.problem == nil)
    }
}
