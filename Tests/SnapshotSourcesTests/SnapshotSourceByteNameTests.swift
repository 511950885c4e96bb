import DashboardCore
import Foundation
import Testing
@testable import SnapshotSources

/// Names that are not UTF-8, and names Unicode calls equivalent, through the
/// listing and through inotify: each file is its own, and each path opens.
@Suite struct SnapshotSourceByteNameTests {
    static let nfc: [UInt8] = Array("caf".utf8) + [0xC3, 0xA9] + Array(".json".utf8)
    static let nfd: [UInt8] = Array("cafe".utf8) + [0xCC, 0x81] + Array(".json".utf8)
    static let latin1: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".json".utf8)

    /// Writes `text` to a dot-name, then renames it to the raw-byte `name`, as a producer would.
    static func publish(in directory: String, name: [UInt8], _ text: String) throws {
        let temporary = directory + "/.incoming.tmp"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        let target = (Array(directory.utf8) + [UInt8(ascii: "/")] + name).map { CChar(bitPattern: $0) } + [0]
        let renamed = target.withUnsafeBufferPointer { rename(temporary, $0.baseAddress!) }
        try #require(renamed == 0)
    }

    @Test(arguments: watchModes) func everyNameIsReportedOnceAndOpens(mode: WatchMode) throws {
        let scratch = try ScratchDirectory()
        try Self.publish(in: scratch.root, name: Self.nfc, "{}")
        let source = SnapshotSource(path: scratch.root, mode: mode)
        #expect(source.initialScan().updatedPaths.count == 1)
        // Heard by inotify (or found by polling) while watched: the NFD twin and the Latin-1 name.
        try Self.publish(in: scratch.root, name: Self.nfd, "{}")
        try Self.publish(in: scratch.root, name: Self.latin1, "{}")
        let changes = collectChanges(from: source) { $0.updatedPaths.count >= 2 }
        let paths = changes.updatedPaths
        #expect(paths.count == 2, "\(changes)")
        #expect(Set(paths.map { PathBytes.systemBytes(of: $0) })
                == [Array(scratch.root.utf8) + [UInt8(ascii: "/")] + Self.nfd, Array(scratch.root.utf8) + [UInt8(ascii: "/")] + Self.latin1])
        for path in paths {
            // Opens: "{}" is read and judged as JSON, not "No such file or directory".
            let file = SnapshotLoader().load(path: path, now: Instant(Date()))
            #expect(!(file.report.errors.first?.message.hasPrefix("cannot open") ?? false), "\(file.problemLines)")
        }
    }
}
