import Foundation
import Testing
@testable import SnapshotSources

/// A watched directory reached through a symbolic link (`current -> blue`),
/// as deployments switch releases: repointed with `ln -sfn`, the source
/// follows the link to its new target, in both watch modes.
@Suite struct SnapshotSourceSymlinkTests {
    /// `blue/` with a.json and b.json, `green/` with c.json, and `current -> blue`.
    static func blueGreen() throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        _ = try scratch.makeDirectory("blue")
        _ = try scratch.makeDirectory("green")
        try scratch.write("blue/a.json", "{}")
        try scratch.write("blue/b.json", "{}")
        try scratch.write("green/c.json", "{}")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("current"), withDestinationPath: "blue")
        return scratch
    }

    /// The real `ln -sfn TARGET LINK`, as an administrator types it.
    static func repoint(_ link: String, to target: String) throws {
        let ln = Process()
        ln.executableURL = URL(fileURLWithPath: "/bin/ln")
        ln.arguments = ["-sfn", target, link]
        try ln.run()
        ln.waitUntilExit()
        try #require(ln.terminationStatus == 0)
    }

    @Test(arguments: watchModes) func aRepointedLinkIsFollowedToItsNewTarget(mode: WatchMode) throws {
        let scratch = try Self.blueGreen()
        let current = scratch.path("current")
        let source = SnapshotSource(path: current, mode: mode)
        let initial = source.initialScan()
        #expect(initial.files() == [current + "/a.json", current + "/b.json"])

        try Self.repoint(current, to: "green")
        let afterSwitch = collectChanges(from: source) { $0.files(startingFrom: initial.files()) == [current + "/c.json"] }
        let files = afterSwitch.files(startingFrom: initial.files())
        #expect(files == [current + "/c.json"], "a.json and b.json removed, c.json read: \(afterSwitch)")

        // The watch is on green now: a file written there is heard, one written in blue is not.
        try scratch.write("blue/old.json", "{}")
        try scratch.writeByRename("green/d.json", "{}")
        let later = collectChanges(from: source, untilUpdated: current + "/d.json")
        #expect(later.files(startingFrom: files) == [current + "/c.json", current + "/d.json"], "\(later)")
    }

    @Test func rescanNoticesALinkRepointedWhoseDirectoryIsNotWatched() throws {
        // Only the last component is watched as a link; a link further up (`srv -> releases/1`, watching srv/current)
        // is caught by `r`, which compares the directory the path leads to with the one watched.
        let scratch = try Self.blueGreen()
        _ = try scratch.makeDirectory("one")
        _ = try scratch.makeDirectory("two")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("one/current"), withDestinationPath: "../blue")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("two/current"), withDestinationPath: "../green")
        try FileManager.default.createSymbolicLink(atPath: scratch.path("release"), withDestinationPath: "one")
        let path = scratch.path("release/current")
        let source = SnapshotSource(path: path, mode: .inotify)
        let initial = source.initialScan()
        #expect(initial.files() == [path + "/a.json", path + "/b.json"])
        try Self.repoint(scratch.path("release"), to: "two")
        #expect(source.rescan().files(startingFrom: initial.files()) == [path + "/c.json"])
        try scratch.writeByRename("green/d.json", "{}")
        #expect(collectChanges(from: source, untilUpdated: path + "/d.json").updatedPaths == [path + "/d.json"])
    }
}
