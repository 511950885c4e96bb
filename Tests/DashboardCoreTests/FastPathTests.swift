import Foundation
import SnapshotGeneration
import Testing
@testable import DashboardCore

/// The decoder's fast paths (`decodeCommonCamp`, `decodeCommonCrossing`)
/// read objects written the common way and leave anything else to the
/// general way. They must never change a report: every input here is
/// decoded both ways (`fastPaths: false` turns them off) and the reports
/// must be equal: same snapshot, same errors and warnings, same places.
///
/// Inputs: the bad-snapshot corpus, the bundled and generated snapshots
/// (compact and pretty), and every single-byte change to the fixture's
/// camps and crossings from a set of bytes that matter to the fast paths
/// (quotes, digits, escapes, white space, DEL, UTF-8). A test also checks
/// that the fast paths really take the common objects: without that, the
/// comparisons would pass with the fast paths never used.
@Suite struct FastPathTests {
    static let now = SnapshotFixture.now

    static func expectSameReport(_ bytes: [UInt8], _ what: @autoclosure () -> String, now: Instant = now) {
        let fast = SnapshotDecoder.decode(bytes, now: now)
        let general = SnapshotDecoder.decode(bytes, now: now, fastPaths: false)
        #expect(fast.snapshot == general.snapshot, "snapshot differs: \(what())")
        #expect(fast.issues == general.issues, "issues differ: \(what())")
        #expect(fast.errorCount == general.errorCount && fast.warningCount == general.warningCount, "counts differ: \(what())")
    }

    @Test func badSnapshotCorpus() throws {
        let files = BadSnapshotCorpusTests.corpusFiles()
        #expect(files.count > 50)
        for file in files {
            let bytes = try [UInt8](Data(contentsOf: BadSnapshotCorpusTests.folder.appendingPathComponent(file)))
            Self.expectSameReport(bytes, file)
        }
    }

    @Test func bundledAndGeneratedSnapshots() throws {
        let bundled = try FileManager.default.contentsOfDirectory(atPath: TestPaths.bundledSnapshots.path).filter { $0.hasSuffix(".json") }
        #expect(!bundled.isEmpty)
        for name in bundled {
            Self.expectSameReport(try [UInt8](Data(contentsOf: TestPaths.bundledSnapshots.appendingPathComponent(name))), name)
        }
        for seed in 1...3 as ClosedRange<UInt64> {
            let snapshot = SyntheticSnapshotGenerator(districts: 40, campsPerDistrict: 12, days: 20, points: 6, seed: seed).snapshot()
            for pretty in [false, true] {
                Self.expectSameReport(SnapshotEncoder(pretty: pretty).encode(snapshot), "synthetic seed \(seed), pretty \(pretty)",
                                      now: SyntheticSnapshotGenerator.defaultGeneratedAt)
            }
        }
    }

    /// Bytes that each mean something to a fast path where they land.
    static let interestingBytes: [UInt8] = Array("\"\\ \t\n:,{}[]0129-.eE+aznu_".utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xFF]

    /// Every byte of each camp and crossing of the fixture replaced, deleted
    /// or doubled: some tens of thousands of inputs, nearly all invalid in
    /// some way, each compared.
    @Test func everySingleByteChangeToCampsAndCrossings() {
        let text = Array(SnapshotFixture.valid.utf8)
        var inputs = 0
        for range in Self.objectRanges(in: text) {
            for position in range {
                var deleted = text
                deleted.remove(at: position)
                Self.expectSameReport(deleted, "byte \(position) deleted")
                var doubled = text
                doubled.insert(text[position], at: position)
                Self.expectSameReport(doubled, "byte \(position) doubled")
                inputs += 2
                for byte in Self.interestingBytes where byte != text[position] {
                    var changed = text
                    changed[position] = byte
                    Self.expectSameReport(changed, "byte \(position) set to \(byte)")
                    inputs += 1
                }
            }
        }
        #expect(inputs > 10_000)
    }

    /// Values at the edges of the rules, in a camp and in a crossing.
    @Test func valuesAtTheEdgesOfTheRules() {
        let camp = #"{"id": "kp-peshawar-badaber", "name": "Badaber", "status": "denotified", "population": 9000, "denotified_on": "2025-03-01"}"#
        let edits = [
            "\"population\": 9000": ["\"population\": 100000000", "\"population\": 100000001", "\"population\": 0", "\"population\": 00",
                                     "\"population\": 9000.0", "\"population\": 9e3", "\"population\": 999999999999999999999",
                                     "\"population\": -0", "\"population\": \"9000\"", "\"population\": null"],
            "\"name\": \"Badaber\"": ["\"name\": \"\(String(repeating: "a", count: 80))\"", "\"name\": \"\(String(repeating: "a", count: 81))\"",
                                      "\"name\": \"\"", "\"name\": \"B\\u0061daber\"", "\"name\": \"Bad\u{7F}ber\"", "\"name\": \"Badäber\""],
            "\"id\": \"kp-peshawar-badaber\"": ["\"id\": \"kp-peshawar-khazana\"", "\"id\": \"KP\"", "\"id\": \"\(String(repeating: "a", count: 65))\"",
                                                "\"id\": \"kp-peshawar-b\\u0061daber\""],
            "\"status\": \"denotified\"": ["\"status\": \"open\"", "\"status\": \"closed\"", "\"status\": \"Open\"", "\"status\": \"opens\""],
            "\"denotified_on\": \"2025-03-01\"": ["\"denotified_on\": \"2025-02-30\"", "\"denotified_on\": \"2025-3-01\"",
                                                  "\"denotified_on\": \"2025-03-01\", \"households\": 5, \"households\": 5",
                                                  "\"denotified_on\": \"2025-03-01\", \"h\\u006fuseholds\": 5",
                                                  "\"denotified_on\": \"2025-03-01\", \"by_document\": {\"por\": 9000, \"acc\": 1}",
                                                  "\"denotified_on\": \"2025-03-01\", \"by_document\": {}",
                                                  "\"denotified_on\": \"2025-03-01\", \"by_document\": {\"por\": 1, \"por\": 1}",
                                                  "\"denotified_on\": \"2025-03-01\", \"by_document\": {\"porr\": 1}",
                                                  "\"denotified_on\": \"2025-03-01\", \"extra\": [1, {\"a\": 2}]"],
        ]
        for (original, replacements) in edits {
            for replacement in replacements {
                let editedCamp = SnapshotFixture.replacing(original, with: replacement, in: camp)
                Self.expectSameReport(Array(SnapshotFixture.replacing(camp, with: editedCamp).utf8), editedCamp)
            }
        }
    }

    /// The fast paths are taken for common objects and declined for others:
    /// without this, the comparisons above would pass with them never used.
    @Test func commonObjectsTakeTheFastPath() {
        let text = Array(SnapshotFixture.valid.utf8)
        let objects = Self.objectRanges(in: text)
        #expect(objects.count == 6) // three camps, three crossings
        for object in objects {
            let source = String(decoding: text[object], as: UTF8.self)
            let isCamp = source.contains("\"status\"")
            let taken = Self.fastPathTakes(text, at: object.lowerBound, camp: isCamp)
            #expect(taken, "not taken: \(source)")
            // With a member it does not know, the object is left to the general way.
            var unusual = text
            unusual.insert(contentsOf: Array(#""x": 1, "#.utf8), at: object.lowerBound + 1)
            let takenUnusual = Self.fastPathTakes(unusual, at: object.lowerBound, camp: isCamp)
            #expect(!takenUnusual, "taken with an unknown member: \(source)")
        }
    }

    static func fastPathTakes(_ bytes: [UInt8], at start: Int, camp: Bool) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var decoder = SnapshotDecoder(reader: FieldReader(json: JSONReader(bytes: buffer)), now: now,
                                          futureToleranceSeconds: Double(SnapshotDecoder.futureTolerance), usesFastPaths: true)
            decoder.reader.json.skip(to: start)
            let taken = camp ? decoder.decodeCommonCamp(0) != nil : decoder.decodeCommonCrossing(0) != nil
            // Taken: the whole object consumed. Declined: nothing.
            let index = decoder.reader.json.index
            #expect(taken ? bytes[index - 1] == UInt8(ascii: "}") : index == start)
            return taken
        }
    }

    /// Where each camp and crossing object of the fixture lies (from `{` to `}`).
    static func objectRanges(in text: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: [Int] = []
        for (index, byte) in text.enumerated() {
            if byte == UInt8(ascii: "{") { open.append(index) }
            guard byte == UInt8(ascii: "}"), let start = open.popLast() else { continue }
            let object = String(decoding: text[start...index], as: UTF8.self)
            let isCamp = object.contains("\"status\"") && !object.contains("\"camps\"")
            let isCrossing = object.contains("\"date\"") && object.contains("\"point\"") && !object.contains("\"crossings\"")
            if isCamp || isCrossing { ranges.append(start..<index + 1) }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }
}
