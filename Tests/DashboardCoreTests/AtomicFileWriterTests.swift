import Foundation
import Testing
@testable import DashboardCore

/// Writing a whole file under a temporary dot-name, then renaming it in.
@Suite struct AtomicFileWriterTests {
    @Test func usesAHiddenRandomTemporaryNameAndLeavesOnlyTheFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/out.json"
        var generator = SystemRandomNumberGenerator()
        let first = AtomicFileWriter.temporaryPath(for: path, using: &generator)
        let second = AtomicFileWriter.temporaryPath(for: path, using: &generator)
        #expect(first.hasPrefix(directory.path + "/.out.json.") && first.hasSuffix(".tmp"))
        // ".out.json." + 8 random characters + ".tmp"
        #expect(first.count == (directory.path + "/.out.json.").count + 8 + 4)
        #expect(first != second)
        #expect(!SnapshotLoader.isSnapshotFileName(String(first.split(separator: "/").last!)))
        try AtomicFileWriter.write(Array("{}".utf8), to: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.json"])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}")
        #expect(throws: AtomicWriteError.self) { try AtomicFileWriter.write([], to: directory.path + "/absent/out.json") }
    }

    /// Links planted at the old predictable temporary name and at the name itself: the victim keeps its bytes,
    /// and the name becomes a regular file (the rename replaces the link, never writes through it).
    @Test func neverWritesThroughAPlantedLink() throws {
        let directory = try TemporaryDirectory()
        let victim = try directory.write("victim.txt", "untouched")
        let path = directory.path + "/out.json"
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/.out.json.tmp", withDestinationPath: victim)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: victim)
        try AtomicFileWriter.write(Array("{}".utf8), to: path)
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "untouched")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType == .typeRegular)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}")
    }
}
