import Foundation
import SnapshotGeneration
import Testing
@testable import DashboardCore

/// White space between tokens, as deeply indented files have it: read as
/// the compact spelling, and a stray byte in it found where it is.
@Suite struct IndentationTests {
    /// Indented as Python's `json.dump(indent=...)` writes it (every member
    /// on its own line, deep indentation): the same snapshot as compact.
    @Test func deeplyIndentedSnapshotReadsAsTheCompactOne() throws {
        let snapshot = SyntheticSnapshotGenerator(districts: 5, campsPerDistrict: 4, days: 3, points: 2, seed: 7).snapshot()
        let object = try JSONSerialization.jsonObject(with: Data(SnapshotEncoder(pretty: false).encode(snapshot)))
        // Both spellings from Foundation's writer, which differs from ours in small ways: only the white space differs.
        let compact = try [UInt8](JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
        let now = SyntheticSnapshotGenerator.defaultGeneratedAt
        for indent in [1, 2, 7, 16, 17] {
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
