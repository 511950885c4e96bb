import Foundation
import Testing
@testable import DashboardCore

@Suite struct SnapshotLoaderTests {
    typealias F = SnapshotFixture

    @Test func refusesFilesOverTheLimitBeforeReadingThem() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/huge.json"
        // A sparse 70 MiB file: reading it would take memory and time; a stat does not.
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 70 << 20)
        try handle.close()
        let file = SnapshotLoader().load(path: path, now: F.now)
        // 70 × 1,048,576 = 73,400,320; 64 × 1,048,576 = 67,108,864.
        #expect(file.report.errors.map(\.message) == ["file is 70 MiB (73,400,320 bytes), over the size limit of 64 MiB (67,108,864 bytes); --max-size changes it"])
        let small = SnapshotLoader(sizeLimit: 1024).load(path: try directory.write("s.json", F.valid), now: F.now)
        #expect(small.report.errors.first?.message.hasSuffix("over the size limit of 1 KiB (1,024 bytes); --max-size changes it") == true)
        #expect(SnapshotLoader(sizeLimit: F.valid.utf8.count).load(path: try directory.write("t.json", F.valid), now: F.now).report.isValid)
    }

    /// One byte over must not read as equal to the limit ("64.0 MiB over the
    /// limit of 64 MiB"): the exact bytes are shown, the MiB rounded down.
    @Test func aFileOneByteOverTheLimitSaysSoExactly() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/just-over.json"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: (64 << 20) + 1)
        try handle.close()
        let file = SnapshotLoader().load(path: path, now: F.now)
        // 67,108,864 + 1 bytes; 67,108,865 / 1,048,576 = 64.0000009..., shown as 64.0.
        #expect(file.report.errors.map(\.message) == ["file is 67,108,865 bytes (64.0 MiB), over the size limit of 64 MiB (67,108,864 bytes); --max-size changes it"])
        let kibibyte = SnapshotLoader(sizeLimit: 1024).load(path: try directory.write("k.json", String(repeating: " ", count: 1025)), now: F.now)
        #expect(kibibyte.report.errors.map(\.message) == ["file is 1,025 bytes (1.0 KiB), over the size limit of 1 KiB (1,024 bytes); --max-size changes it"])
    }

    @Test func missingFileAndDirectoryAreErrorsNotCrashes() throws {
        let directory = try TemporaryDirectory()
        let missing = SnapshotLoader().load(path: directory.path + "/nope.json", now: F.now)
        #expect(missing.report.errors.first?.message.hasPrefix("cannot open") == true)
        let notRegular = SnapshotLoader().load(path: directory.path, now: F.now)
        #expect(notRegular.report.errors.first?.message == "not a regular file: a directory")
    }

    /// A FIFO no one writes: opening it without O_NONBLOCK would wait for a writer forever.
    @Test func aFIFOIsRefusedAtOnceWithItsKind() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/stuck.json"
        #expect(mkfifo(path, 0o644) == 0)
        let file = SnapshotLoader().load(path: path, now: F.now)
        #expect(file.report.errors.map(\.message) == ["not a regular file: a FIFO"])
        #expect(SnapshotLoader().load(path: "/dev/null", now: F.now).report.errors.map(\.message) == ["not a regular file: a character device"])
    }

    @Test func emptyFileBOMAndDeepNesting() throws {
        let directory = try TemporaryDirectory()
        let loader = SnapshotLoader()
        #expect(loader.load(path: try directory.write("e.json", ""), now: F.now).report.errors.first?.message == "not valid JSON: the file is empty")
        #expect(loader.load(path: try directory.write("b.json", "\u{FEFF}" + F.valid), now: F.now).report.errors.first?.message.contains("byte-order mark") == true)
        let deep = String(repeating: "[", count: 100_000)
        #expect(loader.load(path: try directory.write("d.json", deep), now: F.now).report.errors.first?.message.contains("nesting deeper") == true)
    }
}
