import Foundation
import Testing
@testable import DashboardCore

/// File names as bytes: a name that is not UTF-8 opens, and two names Unicode calls equivalent stay two.
@Suite struct PathBytesTests {
    /// "café.json" with é precomposed (NFC, C3 A9) and decomposed (NFD, e + CC 81), and in Latin-1 (E9, not UTF-8).
    static let nfc: [UInt8] = Array("caf".utf8) + [0xC3, 0xA9] + Array(".json".utf8)
    static let nfd: [UInt8] = Array("cafe".utf8) + [0xCC, 0x81] + Array(".json".utf8)
    static let latin1: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".json".utf8)

    /// Creates `directory/NAME` from raw bytes (no String on the way) holding `text`.
    static func create(in directory: String, name: [UInt8], _ text: String) throws {
        let path = Array(directory.utf8) + [UInt8(ascii: "/")] + name
        let descriptor = (path.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        try #require(descriptor >= 0, "create \(name)")
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        #expect(write(descriptor, bytes, bytes.count) == bytes.count)
    }

    @Test func namesKeepEveryByteAndStayDistinct() {
        let nfc = PathBytes.string(fromName: Self.nfc)
        let nfd = PathBytes.string(fromName: Self.nfd)
        let latin1 = PathBytes.string(fromName: Self.latin1)
        // NFC UTF-8 is itself; the others are spelled byte by byte.
        #expect(nfc == "café.json")
        #expect(nfd != nfc && latin1 != nfc && latin1 != nfd)
        #expect(Set([nfc, nfd, latin1]).count == 3)
        #expect(PathBytes.systemBytes(of: "/d/" + nfc) == Array("/d/".utf8) + Self.nfc)
        #expect(PathBytes.systemBytes(of: "/d/" + nfd) == Array("/d/".utf8) + Self.nfd)
        #expect(PathBytes.systemBytes(of: "/d/" + latin1) == Array("/d/".utf8) + Self.latin1)
        #expect(PathBytes.displayed("/d/" + nfd) == "/d/cafe\\x{CC}\\x{81}.json")
        #expect(PathBytes.displayed("/d/" + latin1) == "/d/caf\\x{E9}.json")
        #expect(PathBytes.displayedName("/d/" + latin1) == "caf\\x{E9}.json")
        #expect(PathBytes.displayed("/d/café.json") == "/d/café.json")
        // A user's path typed in NFD (not from a listing) keeps its own bytes too.
        #expect(PathBytes.systemBytes(of: "cafe\u{301}") == Array("cafe".utf8) + [0xCC, 0x81])
    }

    @Test func aDirectoryListsLoadsAndTellsApartAllThree() throws {
        let directory = try TemporaryDirectory()
        for name in [Self.nfc, Self.nfd, Self.latin1] { try Self.create(in: directory.path, name: name, SnapshotFixture.valid) }
        let paths = try SnapshotLoader.snapshotPaths(inDirectory: directory.path)
        #expect(paths.count == 3)
        #expect(Set(paths).count == 3)
        for path in paths {
            let file = SnapshotLoader().load(path: path, now: SnapshotFixture.now)
            #expect(file.report.isValid, "\(file.displayPath): \(file.report.errors)")
        }
        #expect(Set(paths.map { SnapshotFile(path: $0, report: SnapshotLoader().load(path: $0, now: SnapshotFixture.now).report).name })
                == ["café.json", "cafe\\x{CC}\\x{81}.json", "caf\\x{E9}.json"])
    }
}
