import Foundation
import Testing
import SnapshotSources

/// A watched directory that vanishes, moves away or does not exist yet: a
/// problem, retried, then recovered. Never fatal.
@Suite struct SnapshotSourceRecoveryTests {
    static func source(_ path: String, mode: WatchMode) -> SnapshotSource {
        SnapshotSource(path: path, kind: .directory, mode: mode, retryIntervalMilliseconds: 20)
    }

    @Test(arguments: watchModes) func removedThenRecreatedDirectoryIsAProblemThenRecovers(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let directory = try scratch.makeDirectory("snapshots")
        let old = try scratch.write("snapshots/old.json", "{}")
        let source = Self.source(directory, mode: mode)
        #expect(source.initialScan() == [.updated(path: old)])

        try scratch.remove("snapshots")
        let lost = collectChanges(from: source) { $0.hasProblem }
        #expect(lost.last == .problem("snapshot directory \(directory): No such file or directory"))
        #expect(source.problem != nil)
        // Still missing: the problem is reported once, however often the source retries.
        #expect(source.changes().filter { $0 != .removed(path: old) } == [])

        _ = try scratch.makeDirectory("snapshots")
        let new = try scratch.writeByRename("snapshots/new.json", "{}")
        let back = collectChanges(from: source) { $0.contains(.recovered) && $0.contains(.updated(path: new)) }
        #expect(back.first == .recovered)
        #expect(source.problem == nil)
        // inotify hears old.json deleted before the directory; polling learns it on recovery.
        #expect((lost + back).files(startingFrom: [old]) == [new])

        // Watched again: a file written after recovery is seen.
        let later = try scratch.write("snapshots/later.json", "{}")
        #expect(collectChanges(from: source, untilUpdated: later) == [.updated(path: later)])
    }

    @Test(arguments: watchModes) func directoryMissingAtStartIsAProblemUntilItAppears(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let directory = scratch.path("not-yet")
        let source = Self.source(directory, mode: mode)
        #expect(source.initialScan() == [.problem("snapshot directory \(directory): No such file or directory")])
        _ = try scratch.makeDirectory("not-yet")
        let first = try scratch.write("not-yet/first.json", "{}")
        let changes = collectChanges(from: source) { $0.contains(.updated(path: first)) }
        #expect(changes == [.recovered, .updated(path: first)])
    }

    /// The watch must follow the path, not the directory that moved away:
    /// files written into the moved directory are not this source's any more.
    @Test(arguments: watchModes) func directoryMovedAwayAndReplacedIsWatchedAtItsPath(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let directory = try scratch.makeDirectory("live")
        let kept = try scratch.write("live/kept.json", "{}")
        let source = Self.source(directory, mode: mode)
        #expect(source.initialScan() == [.updated(path: kept)])

        try scratch.rename("live", to: "live.old")
        #expect(collectChanges(from: source) { $0.hasProblem }.last == .problem("snapshot directory \(directory): No such file or directory"))

        _ = try scratch.makeDirectory("live")
        let back = collectChanges(from: source) { $0.contains(.recovered) }
        #expect(back == [.recovered, .removed(path: kept)])

        try scratch.write("live.old/stray.json", "{}")
        let fresh = try scratch.write("live/fresh.json", "{}")
        #expect(collectChanges(from: source, untilUpdated: fresh) == [.updated(path: fresh)])
    }

    @Test(arguments: watchModes) func directoryMovedAwayAndBackKeepsItsFiles(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        let directory = try scratch.makeDirectory("live")
        let kept = try scratch.write("live/kept.json", "{}")
        let source = Self.source(directory, mode: mode)
        #expect(source.initialScan() == [.updated(path: kept)])
        try scratch.rename("live", to: "elsewhere")
        #expect(collectChanges(from: source) { $0.hasProblem }.count == 1)
        try scratch.rename("elsewhere", to: "live")
        // Nothing in it changed, so nothing needs reading again.
        #expect(collectChanges(from: source) { $0.contains(.recovered) } == [.recovered])
    }

    @Test func forcedInotifyRetriesInsteadOfFallingBack() throws {
        let scratch = try ScratchDirectory()
        let source = Self.source(scratch.path("absent"), mode: .inotify)
        #expect(source.initialScan().hasProblem)
        #expect(source.mechanism == .inotify)
        let wait = try #require(source.millisecondsUntilNextCheck)
        #expect((0...20).contains(wait))
    }
}
