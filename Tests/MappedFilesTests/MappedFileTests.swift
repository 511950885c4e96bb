import CMappedFile
import Foundation
import MappedFiles
import Testing

/// A real file, really mapped, really truncated under the mapping: without
/// the SIGBUS handler, touching a page past the new end kills the process.
@Suite struct MappedFileTests {
    static let page = Int(sysconf(Int32(_SC_PAGESIZE)))

    @Test func truncatedUnderTheMappingReadsZerosAndSetsTheFlag() throws {
        let file = try ScratchFile(bytes: [UInt8](repeating: UInt8(ascii: "x"), count: 3 * Self.page))
        let descriptor = open(file.path, O_RDONLY)
        defer { close(descriptor) }
        let mapped = try #require(MappedFile(descriptor: descriptor, length: 3 * Self.page))
        #expect(mapped.bytes[2 * Self.page + 5] == UInt8(ascii: "x"))
        #expect(!mapped.faulted)

        #expect(truncate(file.path, 100) == 0)
        // Page 0 still holds the file's first 100 bytes; past them, up to the page's end, the kernel gives zeros.
        #expect(mapped.bytes[50] == UInt8(ascii: "x"))
        #expect(mapped.bytes[100] == 0)
        #expect(!mapped.faulted)
        // Pages 1 and 2 lie wholly past the end: SIGBUS, caught, zero pages put in their place.
        #expect(mapped.bytes[Self.page + 1] == 0)
        #expect(mapped.faulted)
        #expect(mapped.bytes[2 * Self.page + 5] == 0)
        #expect(mapped.bytes[0] == UInt8(ascii: "x"))
    }

    @Test func aMappingNotTruncatedIsNotFlagged() throws {
        let file = try ScratchFile(bytes: Array("{\"a\": 1}".utf8))
        let descriptor = open(file.path, O_RDONLY)
        defer { close(descriptor) }
        let mapped = try #require(MappedFile(descriptor: descriptor, length: 8))
        #expect(Array(mapped.bytes) == Array("{\"a\": 1}".utf8))
        #expect(!mapped.faulted)
    }

    @Test func anEmptyFileIsNotMapped() throws {
        let file = try ScratchFile(bytes: [])
        let descriptor = open(file.path, O_RDONLY)
        defer { close(descriptor) }
        #expect(MappedFile(descriptor: descriptor, length: 0) == nil)
    }

    /// Each mapping's flag is its own: a fault in one does not spoil another,
    /// and a slot freed and taken again starts clean.
    @Test func flagsBelongToTheirMapping() throws {
        let first = try ScratchFile(bytes: [UInt8](repeating: 1, count: 2 * Self.page))
        let second = try ScratchFile(bytes: [UInt8](repeating: 2, count: 2 * Self.page))
        let a = open(first.path, O_RDONLY), b = open(second.path, O_RDONLY)
        defer { close(a); close(b) }
        do {
            let mappedA = try #require(MappedFile(descriptor: a, length: 2 * Self.page))
            let mappedB = try #require(MappedFile(descriptor: b, length: 2 * Self.page))
            #expect(truncate(first.path, 0) == 0)
            #expect(mappedA.bytes[Self.page] == 0)
            #expect(mappedA.faulted)
            #expect(mappedB.bytes[Self.page] == 2)
            #expect(!mappedB.faulted)
        }
        let again = try #require(MappedFile(descriptor: b, length: 2 * Self.page))
        #expect(!again.faulted)
    }
}

/// A throwaway file with the given bytes, removed at the end of the test.
final class ScratchFile {
    let path: String

    init(bytes: [UInt8]) throws {
        path = NSTemporaryDirectory() + "repatdash-mapped-" + UUID().uuidString
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    deinit { unlink(path) }
}
