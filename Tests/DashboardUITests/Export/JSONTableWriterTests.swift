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
                                                         "undocumented", "households", "change", "new", "partial_sums"])
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

    @Test func hostileNamesParseBackAsTheScreenShowsThem() throws {
        let table = try #require(TableExport(state: ExportTestData.hostileState()))
        let json = try Self.parse(JSONTableWriter.document(table))
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(Set(rows.compactMap { $0["name"] as? String }) == Set(ExportTestData.hostileNames.map(TerminalSafeText.sanitize)))
        let snapshot = try #require(json["snapshot"] as? [String: Any])
        #expect(snapshot["source"] as? String == "Producer\u{FFFD}[31m, \"red\"")
    }

    @Test func stringsAreEscaped() {
        #expect(JSONTableWriter.string("a\"b\\c") == "\"a\\\"b\\\\c\"")
        #expect(JSONTableWriter.string("\u{1B}\n\t\u{0}") == "\"\\u001B\\n\\t\\u0000\"")
        #expect(JSONTableWriter.string("\u{2028}پشاور") == "\"\\u2028پشاور\"")
    }
}
