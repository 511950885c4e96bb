import DashboardCore
import Foundation
import Testing
@testable import DashboardUI

/// JSON that any reader parses and that says what it holds.
@Suite struct JSONTableWriterTests {
    static func parse(_ text: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func describesItselfAndHoldsEveryRow() throws {
        let state = TestStates.bundled(width: 80, height: 24)
        let json = try Self.parse(JSONTableWriter.document(try #require(TableExport(state: state))))
        #expect(json["format"] as? String == "repatdash-table")
        #expect(json["table"] as? String == "districts")
        let snapshot = try #require(json["snapshot"] as? [String: Any])
        #expect(snapshot["generated_at"] as? String == "2025-04-07T21:00:00+05:00")
        #expect((snapshot["path"] as? String)?.hasSuffix("2025-04-07T2100.json") == true)
        #expect(json["source_path"] as? String == "Resources/snapshots")
        let columns = try #require(json["columns"] as? [[String: Any]])
        #expect(columns.map { $0["id"] as? String } == ["name", "id", "province", "camps_open", "camps_total", "population", "por", "acc",
                                                         "undocumented", "other", "households", "change", "new", "gone", "partial_sums"])
        #expect(columns.allSatisfy { ["text", "integer", "boolean", "date"].contains($0["type"] as? String ?? "") })
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.count == 23 && json["row_count"] as? Int == 23)
        #expect(rows.map { $0["id"] as? String } == state.districtRows.map(\.id))
        #expect(rows[0]["population"] as? Int == 99_275 && rows[0]["change"] as? Int == -35)
        let kurram = try #require(rows.first { $0["id"] as? String == "kp-kurram" })
        #expect(kurram["por"] is NSNull)
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(totals["name"] as? String == "All districts" && totals["population"] as? Int == 443_330)
        let sort = try #require(json["sort"] as? [String: Any])
        #expect(sort["column"] as? String == "population" && sort["order"] as? String == "descending")
    }

    /// Names and provinces read back byte for byte (a tab, ESC, the 8-bit
    /// CSI, a bidi override), never as `�`; the file itself holds no raw
    /// control character (escaped as `\u00XX`).
    @Test func hostileNamesParseBackExactly() throws {
        let table = try #require(TableExport(state: ExportTestData.hostileState()))
        let document = JSONTableWriter.document(table)
        #expect(!document.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        #expect(document.contains("\"Tab\\tseparated\"") && document.contains("\"Eight\\u009B31mBit\""))
        let json = try Self.parse(document)
        let rows = try #require(json["rows"] as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as! String, $0) })
        for (index, name) in ExportTestData.hostileNames.enumerated() {
            let row = try #require(byID["d\(index)"])
            #expect(Array((row["name"] as? String ?? "").utf8) == Array(name.utf8), "d\(index)")
            #expect(row["province"] as? String == (index % 2 == 0 ? "=Province" : "Punjab"))
        }
        let snapshot = try #require(json["snapshot"] as? [String: Any])
        #expect(snapshot["source"] as? String == "Producer\u{1B}[31m, \"red\"")
    }

    @Test func stringsAreEscaped() {
        #expect(JSONTableWriter.string("a\"b\\c") == "\"a\\\"b\\\\c\"")
        #expect(JSONTableWriter.string("\u{1B}\n\t\u{0}") == "\"\\u001B\\n\\t\\u0000\"")
        #expect(JSONTableWriter.string("\u{2028}پشاور") == "\"\\u2028پشاور\"")
    }
}
