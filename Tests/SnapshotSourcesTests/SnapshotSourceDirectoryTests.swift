import Foundation
import Testing
@testable import SnapshotSources

/// A directory of snapshots, watched with inotify and with polling: every test runs in both.
@Suite struct SnapshotSourceDirectoryTests {
    /// A started source on an empty directory.
    static func watch(_ scratch: ScratchDirectory, mode: WatchMode) -> SnapshotSource {
        let source = SnapshotSource(path: scratch.root, mode: mode)
        #expect(source.initialScan() == [])
        return source
    }

    @Test(arguments: watchModes) func initialScanListsSnapshotFilesOnly(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        for name in ["b.json", "a.json", ".hidden.json", "c.json.tmp", "d.json.partial", "notes.txt"] {
            try scratch.write(name, "{}")
        }
        let source = SnapshotSource(path: scratch.root, mode: mode)
        #expect(source.kind == .directory)
        #expect(Set(source.initialScan()) == [.updated(path: scratch.path("a.json")), .updated(path: scratch.path("b.json"))])
        #expect(source.problem == nil)
    }

    @Test(arguments: watchModes) func fileCreatedAndClosedIsOneUpdate(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let source = Self.watch(scratch, mode: mode)
        // Created, written and closed before the source looks: CREATE + CLOSE_WRITE coalesce.
        let path = try scratch.write("new.json", "{}")
        #expect(collectChanges(from: source, untilUpdated: path) == [.updated(path: path)])
    }

    @Test(arguments: watchModes) func fileRenamedInIsReported(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let source = Self.watch(scratch, mode: mode)
        let path = try scratch.writeByRename("2025-04-07T1800.json", "{}")
        #expect(collectChanges(from: source, untilUpdated: path) == [.updated(path: path)])
    }

    @Test(arguments: watchModes) func fileRewrittenInPlaceIsReported(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("a.json", "{}")
        let source = SnapshotSource(path: scratch.root, mode: mode)
        #expect(source.initialScan() == [.updated(path: path)])
        let inode = scratch.inode("a.json")
        // A different length, so polling sees it whatever the timestamp granularity.
        try scratch.write("a.json", "{\"rewritten\": true}")
        #expect(scratch.inode("a.json") == inode)
        #expect(collectChanges(from: source, untilUpdated: path) == [.updated(path: path)])
    }

    @Test(arguments: watchModes) func deletedFileIsReported(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("a.json", "{}")
        let source = SnapshotSource(path: scratch.root, mode: mode)
        #expect(source.initialScan() == [.updated(path: path)])
        try scratch.remove("a.json")
        #expect(collectChanges(from: source) { !$0.isEmpty } == [.removed(path: path)])
    }

    @Test(arguments: watchModes) func partialFileCountsOnlyOnceRenamedToJSON(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let source = Self.watch(scratch, mode: mode)
        try scratch.write("next.json.partial", "{\"half\":")
        // A later file: once it is seen, the .partial has been looked at too (and skipped).
        let marker = try scratch.write("marker.json", "{}")
        #expect(collectChanges(from: source, untilUpdated: marker) == [.updated(path: marker)])
        try scratch.write("next.json.partial", "{\"half\": false}")
        try scratch.rename("next.json.partial", to: "next.json")
        let path = scratch.path("next.json")
        #expect(collectChanges(from: source, untilUpdated: path) == [.updated(path: path)])
    }

    @Test(arguments: watchModes) func dotFilesAndOtherNamesAreIgnored(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let source = Self.watch(scratch, mode: mode)
        for name in [".hidden.json", ".editor.json.swp", "x.tmp", "y.json.tmp", "readme.txt"] {
            try scratch.write(name, "{}")
        }
        try scratch.rename(".hidden.json", to: ".renamed-hidden.json")
        try scratch.remove("readme.txt")
        let marker = try scratch.write("marker.json", "{}")
        #expect(collectChanges(from: source, untilUpdated: marker) == [.updated(path: marker)])
    }

    @Test(arguments: watchModes) func burstOfHundredRenamesIsSeenOnceEach(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let source = Self.watch(scratch, mode: mode)
        let names = (1...100).map { "burst-\($0).json" }
        for name in names { try scratch.write("." + name + ".tmp", "{\"n\": \"\(name)\"}") }
        for name in names { try scratch.rename("." + name + ".tmp", to: name) }
        // Two markers in turn: everything before the first is seen by the time it is,
        // and at least one more pass or drain follows, where a repeat would show.
        let first = try scratch.write("zz-marker-1.json", "{}")
        var changes = collectChanges(from: source, untilUpdated: first)
        let second = try scratch.write("zz-marker-2.json", "{}")
        changes += collectChanges(from: source, untilUpdated: second)
        let expected = Set(names.map(scratch.path) + [first, second])
        #expect(changes.count == 102)
        #expect(Set(changes.updatedPaths) == expected)
    }

    @Test(arguments: watchModes) func fileCreatedAndDeletedBetweenLooksIsNotReported(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let source = Self.watch(scratch, mode: mode)
        try scratch.write("brief.json", "{}")
        try scratch.remove("brief.json")
        let marker = try scratch.write("marker.json", "{}")
        #expect(collectChanges(from: source, untilUpdated: marker) == [.updated(path: marker)])
    }

    @Test(arguments: watchModes) func rescanReportsOnlyWhatDiffers(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let kept = try scratch.write("kept.json", "{}")
        let source = SnapshotSource(path: scratch.root, mode: mode)
        #expect(source.initialScan() == [.updated(path: kept)])
        #expect(source.rescan() == [])
        let added = try scratch.write("added.json", "{}")
        #expect(source.rescan() == [.updated(path: added)])
        #expect(source.rescan() == [])
    }

    @Test(arguments: watchModes) func changesBeforeInitialScanStartTheSource(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("a.json", "{}")
        let source = SnapshotSource(path: scratch.root, mode: mode)
        #expect(source.changes() == [.updated(path: path)])
    }

    @Test func inotifyModeOffersADescriptorThatWakesOnARename() throws {
        let scratch = try ScratchDirectory()
        let source = Self.watch(scratch, mode: .inotify)
        #expect(source.mechanism == .inotify)
        #expect(source.millisecondsUntilNextCheck == nil)
        let descriptor = try #require(source.fileDescriptor)
        try scratch.writeByRename("a.json", "{}")
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        #expect(poll(&poller, 1, 3000) == 1)
        #expect(source.changes() == [.updated(path: scratch.path("a.json"))])
    }

    @Test func pollingModeHasNoDescriptorAndNamesItsNextCheck() throws {
        let scratch = try ScratchDirectory()
        let source = Self.watch(scratch, mode: .polling(intervalMilliseconds: 500))
        #expect(source.mechanism == .polling(intervalMilliseconds: 500))
        #expect(source.fileDescriptor == nil)
        let wait = try #require(source.millisecondsUntilNextCheck)
        #expect((0...500).contains(wait))
    }

    @Test func automaticModeUsesInotifyOnALocalDirectory() throws {
        let scratch = try ScratchDirectory()
        let source = Self.watch(scratch, mode: .automatic)
        // The scratch directory is local unless the machine mounts its temporary folder over the network.
        if !RemoteFileSystems.isRemote(directory: scratch.root) {
            #expect(source.mechanism == .inotify)
            #expect(source.fileDescriptor != nil)
        }
    }
}
