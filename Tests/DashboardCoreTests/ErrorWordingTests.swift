import DashboardCore
import Foundation
import Testing

/// Foundation's wording ("The operation could not be completed.
/// (NSCocoaErrorDomain error 256.)") never reaches an operator.
@Suite struct ErrorWordingTests {
    struct OwnError: Error, CustomStringConvertible {
        var description: String { "the snapshot directory is gone" }
    }

    @Test func aDirectoryThatDoesNotExistIsSaidAsTheCLibrarySaysIt() throws {
        let missing = NSTemporaryDirectory() + "no-such-directory-\(UUID().uuidString)"
        let error = try #require(throws: (any Error).self) { try FileManager.default.contentsOfDirectory(atPath: missing) }
        #expect(ErrorWording.plain(error) == "No such file or directory")
    }

    @Test func aFileWhereADirectoryIsNeededIsSaidPlainly() throws {
        let file = NSTemporaryDirectory() + "plain-file-\(UUID().uuidString)"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let error = try #require(throws: (any Error).self) {
            try FileManager.default.createDirectory(atPath: file + "/below", withIntermediateDirectories: true)
        }
        // swift-corelibs-foundation gives no errno here (CocoaError 512, "The
        // operation could not be completed"); stat(2) of the path tells why.
        #expect(ErrorWording.plain(error) == "Not a directory")
    }

    @Test func foundationCodesWithoutAnErrnoAreWordedToo() {
        #expect(ErrorWording.plain(CocoaError(.fileReadUnknown)) == "cannot be read (reason unknown)")
        #expect(ErrorWording.plain(CocoaError(.fileReadNoPermission)) == "Permission denied")
        #expect(ErrorWording.plain(NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))) == "No space left on device")
        for error: any Error in [CocoaError(.fileReadUnknown), CocoaError(.featureUnsupported), NSError(domain: "Other", code: 7)] {
            let text = ErrorWording.plain(error)
            #expect(!text.contains("NSCocoaErrorDomain") && !text.contains("operation could not be completed"), "\(text)")
        }
    }

    @Test func ourOwnErrorsKeepTheirWords() {
        #expect(ErrorWording.plain(OwnError()) == "the snapshot directory is gone")
    }
}
