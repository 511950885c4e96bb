import Foundation
import SnapshotGeneration
import Testing
@testable import DashboardCore

/// The bad-snapshot corpus (Tests/BadSnapshots, indexed by its README.md) and
/// damage made on the fly: truncations, random byte flips, 100,000-deep
/// nesting, a 70 MB file, numbers past a double. Every bad input must give an
/// invalid report whose first error names a JSON path and says what is wrong;
/// none may crash. No test here measures time: the "within a second" rule is
/// the fuzzer's (`make fuzz`, -timeout=1).
@Suite struct BadSnapshotCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("BadSnapshots")
    static let now = SnapshotFixture.now

    /// One row of the README's tables: a file, the path of its first error,
    /// and a fragment of that error's message (nil: the file must be valid).
    struct Expectation: Sendable, CustomTestStringConvertible {
        let file: String
        let path: String
        let fragment: String?
        var testDescription: String { file }
    }

    /// The rows of Tests/BadSnapshots/README.md: "| `file` | `path` | `first error` |".
    static let expectations: [Expectation] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line -> Expectation? in
            guard line.hasPrefix("| `"), line.hasSuffix("` |") else { return nil }
            let cells = line.dropFirst(3).dropLast(3).components(separatedBy: "` | `")
            guard cells.count == 3 else { return nil }
            return Expectation(file: cells[0], path: cells[1], fragment: cells[2] == "(valid)" ? nil : cells[2])
        }
    }()

    /// Every `*.json` under the folder, as paths relative to it (`fuzz-found/x.json`).
    static func corpusFiles() -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let name = enumerator?.nextObject() as? String {
            if name.hasSuffix(".json") { files.append(name) }
        }
        return files.sorted()
    }

    // MARK: The committed corpus

    @Test func indexAndFolderAgree() {
        let listed = Self.expectations.map(\.file)
        #expect(listed.count > 150, "README.md index not found or too short: \(listed.count) rows")
        #expect(Set(listed).count == listed.count, "a file is listed twice")
        let onDisk = Self.corpusFiles()
        #expect(Set(onDisk).subtracting(listed).sorted() == [], "files without a row in Tests/BadSnapshots/README.md")
        #expect(Set(listed).subtracting(onDisk).sorted() == [], "rows without a file")
    }

    @Test(arguments: expectations)
    func corpusFile(_ expected: Expectation) throws {
        let file = SnapshotLoader().load(path: Self.folder.appendingPathComponent(expected.file).path, now: Self.now)
        let report = file.report
        guard let fragment = expected.fragment else {
            #expect(report.isValid, "\(report.issues.prefix(3))")
            if let snapshot = report.snapshot { expectRoundTrip(snapshot) }
            return
        }
        #expect(report.isValid == false)
        #expect(report.snapshot == nil)
        let first = try #require(report.errors.first, "no error reported")
        #expect(!first.message.isEmpty)
        // The line a producer sees: `PATH: message`, the path first.
        #expect(first.description.hasPrefix("\(first.path): "))
        let path = first.path.description
        if expected.path.hasSuffix("…") {
            #expect(path.hasPrefix(String(expected.path.dropLast())), "path \(path)")
        } else {
            #expect(path == expected.path)
        }
        #expect(first.message.contains(fragment), "message: \(first.message)")
    }

    // MARK: Truncation

    static let bundled = TestPaths.bundledSnapshots.appendingPathComponent("2025-04-07T2100.json")

    /// Every 97th prefix of a bundled snapshot (in 8 slices, run in parallel),
    /// plus the first bytes and the last ones before the closing brace.
    @Test(arguments: 0..<8)
    func truncatedBundledSnapshotIsAnError(slice: Int) throws {
        let bytes = Array(try Data(contentsOf: Self.bundled))
        let end = try #require(bytes.lastIndex(of: UInt8(ascii: "}"))) + 1
        let offsets = Array(stride(from: 0, to: end, by: 97)) + [1, 2, 3, end - 3, end - 2, end - 1]
        for offset in offsets.enumerated().filter({ $0.offset % 8 == slice }).map(\.element) {
            let report = SnapshotDecoder.decode(Array(bytes[..<offset]), now: Self.now)
            #expect(report.isValid == false, "prefix of \(offset) bytes accepted")
            expectClearError(report, "prefix of \(offset) bytes")
        }
    }

    @Test func wholeBundledSnapshotAndItsValueWithoutTrailingWhiteSpaceAreValid() throws {
        let bytes = Array(try Data(contentsOf: Self.bundled))
        let end = try #require(bytes.lastIndex(of: UInt8(ascii: "}"))) + 1
        #expect(SnapshotDecoder.decode(bytes, now: Self.now).isValid)
        #expect(SnapshotDecoder.decode(Array(bytes[..<end]), now: Self.now).isValid)
    }

    // MARK: Random damage

    /// 2,000 copies of a small valid snapshot, each with 1 to 3 bytes changed
    /// (a bit flipped, a random byte, or a byte that matters to JSON). Each
    /// gives valid or an error with a message, never a crash; a valid one
    /// round-trips through the encoder.
    @Test(arguments: 0..<4)
    func randomByteFlips(slice: Int) {
        let original = Array(SnapshotFixture.valid.utf8)
        let structural = Array("{}[]\",:\\-.0123456789eE \n\u{0}".utf8) + [0x80, 0xC3, 0xED, 0xEF, 0xFE, 0xFF]
        var random = SplitMix64(seed: 2025, slice)
        var valid = 0
        for round in 0..<500 {
            var bytes = original
            for _ in 0..<random.int(in: 1...3) {
                let position = random.int(in: 0...(bytes.count - 1))
                switch random.int(in: 0...2) {
                case 0: bytes[position] ^= 1 << UInt8(random.int(in: 0...7))
                case 1: bytes[position] = UInt8(random.int(in: 0...255))
                default: bytes[position] = structural[random.int(in: 0...(structural.count - 1))]
                }
            }
            let report = SnapshotDecoder.decode(bytes, now: Self.now)
            if let snapshot = report.snapshot {
                valid += 1
                #expect(report.isValid)
                expectRoundTrip(snapshot)
            } else {
                #expect(report.isValid == false, "round \(round): no snapshot, no error")
                expectClearError(report, "slice \(slice) round \(round)")
            }
        }
        // Most flips land in digits and text and leave a valid snapshot; some
        // must, or the round trip above was never exercised.
        #expect(valid > 0)
        #expect(valid < 500)
    }

    // MARK: Nesting far past the limit

    static let deepDocuments: [(name: String, text: String)] = [
        ("arrays, open", String(repeating: "[", count: 100_000)),
        ("arrays, closed", String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)),
        ("objects, open", String(repeating: "{\"a\":", count: 100_000)),
        ("objects, closed", String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)),
        ("mixed", String(repeating: "[{\"districts\":", count: 50_000) + "[]" + String(repeating: "}]", count: 50_000)),
        ("inside a snapshot", SnapshotFixture.replacing("\"source\": \"Test fixture\",",
                                                         with: "\"source\": \"Test fixture\", \"x\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + ",")),
    ]

    @Test(arguments: deepDocuments.indices)
    func hundredThousandLevelsAreAnErrorNotACrash(_ index: Int) throws {
        let (name, text) = Self.deepDocuments[index]
        let directory = try TemporaryDirectory()
        let file = SnapshotLoader().load(path: try directory.write("deep.json", text), now: Self.now)
        #expect(file.report.isValid == false, "\(name)")
        expectClearError(file.report, name)
        #expect(file.report.errors.first?.message == "not valid JSON: nesting deeper than \(JSONParser.maximumDepth) levels", "\(name)")
        // The path goes down to where the limit was hit, and no further.
        #expect(file.report.errors.first?.path.components.count == JSONParser.maximumDepth, "\(name)")
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(text.utf8)) }
    }

    // MARK: Over the size limit

    /// 70 MB of real bytes (a valid snapshot padded with white space): refused
    /// from its size, before a byte of it is parsed.
    @Test func seventyMegabyteFileIsRefusedBeforeItIsRead() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/seventy.json"
        let size = 70_000_000
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        let head = Data(SnapshotFixture.valid.utf8)
        try handle.write(contentsOf: head)
        let padding = Data(repeating: UInt8(ascii: " "), count: 1 << 20)
        var written = head.count
        while written < size {
            let chunk = padding.prefix(min(padding.count, size - written))
            try handle.write(contentsOf: chunk)
            written += chunk.count
        }
        try handle.close()
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) == size)

        let loader = SnapshotLoader()
        guard case .failure(let problem) = loader.read(path: path) else {
            Issue.record("a 70 MB file was read whole")
            return
        }
        // 70,000,000 / 1,048,576 = 66.757...: 66.7 rounded down.
        #expect(problem.message == "file is 70,000,000 bytes (66.7 MiB), over the size limit of 64 MiB (67,108,864 bytes); --max-size changes it")
        let report = loader.load(path: path, now: Self.now).report
        #expect(report.isValid == false)
        expectClearError(report, "70 MB")
        #expect(report.errors.first?.path == .root)
        #expect(report.errors.first?.message.contains("over the size limit") == true)
    }

    // MARK: Numbers a double cannot hold, and other spellings of a count

    static let badCounts = [
        "1e400", "-1e400", "1E+400", "1e-400", "0e0", "-0", "-0.0", "1.5", "1.0", "1e3", "1e12",
        "100000001", "9223372036854775807", "9223372036854775808", "18446744073709551616",
        "1" + String(repeating: "0", count: 400), "0." + String(repeating: "0", count: 400) + "1",
    ]

    @Test(arguments: badCounts)
    func badCountIsAnErrorNamingItsPath(_ number: String) {
        let report = SnapshotFixture.decode(SnapshotFixture.replacing("\"population\": 14210", with: "\"population\": \(number)"))
        #expect(report.isValid == false)
        let first = report.errors.first
        #expect(first?.path.description == "districts[0].camps[0].population")
        #expect(first?.message.hasPrefix("must be a whole number from 0 to 100000000, got ") == true)
        // Long spellings are shortened in the message, never dumped whole.
        #expect((first?.message.count ?? 0) < 120)
    }

    @Test(arguments: ["1e400", "-1e400", "1" + String(repeating: "0", count: 400)])
    func hugeNumberInAnUnknownFieldIsIgnored(_ number: String) throws {
        let report = SnapshotFixture.decode(SnapshotFixture.replacing("\"source\": \"Test fixture\",", with: "\"source\": \"Test fixture\", \"x_ratio\": \(number),"))
        #expect(report.isValid)
        #expect(report.warnings.map(\.path.description) == ["x_ratio"])
        expectRoundTrip(try #require(report.snapshot))
    }

    @Test func hugeNumberAsSchemaVersionIsUnsupported() {
        let report = SnapshotFixture.decode(SnapshotFixture.replacing("\"schema_version\": 1,", with: "\"schema_version\": 1e400,"))
        #expect(report.errors.map(\.description) == ["schema_version: unsupported schema_version 1e400 (this build reads 1)"])
    }

    // MARK: Escapes spell the same string

    /// `"2025-03-0\u0031"` is the string "2025-03-01": a date, not an error
    /// (found while building this corpus; the message used to read
    /// `must be a date YYYY-MM-DD that exists, got "2025-03-01"`).
    @Test func escapedDigitsInDatesAndTimesAreTheSameValue() throws {
        var text = SnapshotFixture.replacing("\"denotified_on\": \"2025-03-01\"", with: "\"denotified_on\": \"2025-03-0\\u0031\"")
        text = SnapshotFixture.replacing("\"due\": \"2025-03-31T23:59:59+05:00\"", with: "\"due\": \"2025-03-31T23:59:59\\u002B05:00\"", in: text)
        text = SnapshotFixture.replacing("{\"date\": \"2025-04-07\"", with: "{\"date\": \"\\u0032025-04-07\"", in: text)
        let report = SnapshotFixture.decode(text)
        #expect(report.issues.isEmpty, "\(report.issues)")
        let snapshot = try #require(report.snapshot)
        #expect(snapshot == SnapshotFixture.decode(SnapshotFixture.valid).snapshot)
        let bad = SnapshotFixture.decode(SnapshotFixture.replacing("\"denotified_on\": \"2025-03-01\"", with: "\"denotified_on\": \"2025-02-3\\u0030\""))
        #expect(bad.errors.map(\.description) == ["districts[0].camps[1].denotified_on: must be a date YYYY-MM-DD that exists, got \"2025-02-30\""])
    }

    // MARK: Helpers

    func expectClearError(_ report: ValidationReport, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(report.snapshot == nil, "\(what): snapshot kept despite errors", sourceLocation: sourceLocation)
        guard let first = report.errors.first else {
            Issue.record("\(what): invalid but no error message", sourceLocation: sourceLocation)
            return
        }
        #expect(!first.message.isEmpty, "\(what)", sourceLocation: sourceLocation)
        #expect(first.description.hasPrefix("\(first.path): "), "\(what): \(first.description)", sourceLocation: sourceLocation)
    }

    func expectRoundTrip(_ snapshot: Snapshot, sourceLocation: SourceLocation = #_sourceLocation) {
        for pretty in [false, true] {
            let again = SnapshotDecoder.decode(SnapshotEncoder(pretty: pretty).encode(snapshot), now: Self.now)
            #expect(again.isValid, "\(again.issues.prefix(3))", sourceLocation: sourceLocation)
            #expect(again.snapshot == snapshot, "pretty: \(pretty)", sourceLocation: sourceLocation)
        }
    }
}
