import Foundation
import SnapshotGeneration
import Testing
@testable import DashboardCore

/// The white-space skip (`JSONReader.endOfWhitespace`) steps over the
/// indentation after a line feed sixteen bytes at a time. It must stop
/// exactly where a byte-by-byte loop stops, wherever the run ends against
/// the sixteen-byte chunks and the end of the file, whatever byte ends it.
@Suite struct WhitespaceSkipTests {
    /// The general way, one byte at a time.
    static func referenceEnd(_ bytes: [UInt8], from start: Int) -> Int {
        var cursor = start
        while cursor < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[cursor]) { cursor += 1 }
        return cursor
    }

    /// Bytes that may end a run: a token, bytes JSON refuses between tokens
    /// (NUL, vertical tab, form feed, 0x7F, a UTF-8 lead, 0xA0), and the
    /// other white space, which the skip must go on past.
    static let endings: [UInt8?] = [UInt8(ascii: "\""), UInt8(ascii: "}"), 0x00, 0x0B, 0x0C, 0x7F, 0xC2, 0xA0, 0x09, 0x0D, 0x0A, nil]

    @Test func stopsWhereTheByteLoopStops() {
        var compared = 0
        for lead in 0..<18 { // where the run starts against the chunks
            for spaces in 0..<40 {
                for ending in Self.endings {
                    for tail in [0, 1, 20] { // bytes after the ending: near the end of the file, or not
                        var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: lead) + [0x0A] + [UInt8](repeating: 0x20, count: spaces)
                        if let ending { bytes.append(ending) }
                        bytes += [UInt8](repeating: 0x20, count: tail == 1 ? 1 : 0) + [UInt8](repeating: UInt8(ascii: "y"), count: tail)
                        let found = bytes.withUnsafeBufferPointer { JSONReader.endOfWhitespace(in: $0, from: lead) }
                        #expect(found == Self.referenceEnd(bytes, from: lead), "lead \(lead), \(spaces) spaces, ending \(String(describing: ending)), tail \(tail)")
                        compared += 1
                    }
                }
            }
        }
        #expect(compared == 18 * 40 * Self.endings.count * 3)
    }

    /// Indented as Python's `json.dump(indent=...)` writes it (every member
    /// on its own line, deep indentation): the same snapshot as compact.
    @Test func deeplyIndentedSnapshotReadsAsTheCompactOne() throws {
        let snapshot = SyntheticSnapshotGenerator(districts: 5, campsPerDistrict: 4, days: 3, points: 2, seed: 7).snapshot()
        let compact = SnapshotEncoder(pretty: false).encode(snapshot)
        let now = SyntheticSnapshotGenerator.defaultGeneratedAt
        for indent in [1, 2, 7, 16, 17] {
            let object = try JSONSerialization.jsonObject(with: Data(compact))
            var indented = String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self)
            // Foundation indents by two spaces a level: widen to `indent` per level.
            indented = indented.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                let depth = line.prefix { $0 == " " }.count / 2
                return String(repeating: " ", count: depth * indent) + line.drop { $0 == " " }
            }.joined(separator: "\n")
            let report = SnapshotDecoder.decode(Array(indented.utf8), now: now)
            #expect(report.errorCount == 0, "indent \(indent): \(report.issues)")
            #expect(report.snapshot == SnapshotDecoder.decode(compact, now: now).snapshot, "indent \(indent)")
        }
    }

    /// A byte JSON refuses, put at each place of a long indentation: the
    /// error names that line and column, worked out here by counting.
    @Test func aStrayByteInTheIndentationIsFoundWhereItIs() {
        let text = "{\n" + String(repeating: " ", count: 37) + "\"schema_version\": 1\n}"
        let bytes = Array(text.utf8)
        for position in 2..<(2 + 37) {
            for stray: UInt8 in [0x0B, 0x00, 0xA0] {
                var changed = bytes
                changed[position] = stray
                let report = SnapshotDecoder.decode(changed, now: FastPathTests.now)
                // Line 2 starts at byte 2; the stray byte is column position - 1 of it.
                #expect(report.issues.first?.line == 2 && report.issues.first?.column == position - 1,
                        "byte \(stray) at \(position): \(report.issues)")
                #expect(report.issues.first?.message.hasPrefix("not valid JSON") == true)
            }
        }
    }
}
