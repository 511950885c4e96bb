import Foundation
import Testing

/// `repatdash validate FILE...` skips the argument parser (ValidateFastPath);
/// `validate -- FILE...` is not plain paths, so it takes the general path.
/// The two must print the same bytes on both streams and exit alike.
@Suite struct ValidateFastPathTests {
    static func expectSame(_ paths: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> RepatdashProcess.Result {
        let fast = try RepatdashProcess.run(["validate"] + paths)
        let general = try RepatdashProcess.run(["validate", "--"] + paths)
        #expect(fast.status == general.status, sourceLocation: sourceLocation)
        #expect(fast.standardOutputBytes == general.standardOutputBytes, sourceLocation: sourceLocation)
        #expect(fast.standardErrorBytes == general.standardErrorBytes, sourceLocation: sourceLocation)
        return fast
    }

    @Test func goodWarningBrokenAndMissingFilesAlike() throws {
        let directory = try ScratchDirectory()
        let good = try directory.write("good.json", ValidateCommandTests.minimal)
        let warning = try directory.write("warning.json",
                                          ValidateCommandTests.minimal.replacingOccurrences(of: "\"crossings\"", with: "\"extra\": 1, \"crossings\""))
        let broken = try directory.write("broken.json", String(ValidateCommandTests.minimal.dropLast(3)))
        let invalid = try directory.write("invalid.json", ValidateCommandTests.minimal.replacingOccurrences(of: "14210", with: "-12"))

        #expect(try Self.expectSame([good]).status == 0)
        let warned = try Self.expectSame([warning])
        #expect(warned.status == 0)
        #expect(warned.lines[0] == "\(warning): extra: warning: unknown field (ignored; this build reads snapshot version 1)")
        let failed = try Self.expectSame([good, broken, invalid, directory.path + "/missing.json"])
        #expect(failed.status == 1)
        #expect(failed.lines[0] == "\(broken): deadlines: not valid JSON: unexpected end of file, expected a value (line 4, column 32)")
        #expect(failed.lines.last { !$0.isEmpty } == "4 files checked: 1 valid, 3 invalid; 3 errors, 0 warnings")
    }

    @Test func directoriesAlike() throws {
        let directory = try ScratchDirectory()
        try directory.write("a.json", ValidateCommandTests.minimal)
        try directory.write("b.json", "{")
        try directory.write("c.json.tmp", "{")
        let result = try Self.expectSame([directory.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("2 files checked: 1 valid, 1 invalid"))
    }

    /// A directory that cannot be listed is a usage error worded by the
    /// argument parser: the fast path hands it over before printing anything.
    @Test func unlistableDirectoryAlike() throws {
        guard getuid() != 0 else { return }  // root lists anything
        let directory = try ScratchDirectory()
        let locked = directory.path + "/locked"
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        chmod(locked, 0)
        defer { chmod(locked, 0o755) }
        let result = try Self.expectSame([locked])
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains(locked))
    }
}
