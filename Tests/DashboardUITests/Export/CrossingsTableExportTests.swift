import DashboardCore
import Foundation
import Testing
@testable import DashboardUI

/// `render --table crossings`: the small snapshot of `CrossingsTablePaneTests`
/// in every format, read back and checked against figures worked out by hand:
///
///     04-05  Chaman 70                                   ALL: 70 from 1 of 2 points
///     04-06  Torkham 100, deported 10, families 20, PoR 30, ACC 50, KP 30, Punjab 60
///            Chaman   50, deported 5, PoR 10, ACC 20, undocumented 15, Punjab 20, Sindh 25
///            ALL     150, deported 15, families ≥20, PoR 40, ACC 70, undocumented ≥15,
///                    KP ≥30, Punjab 80, Sindh ≥25
///     04-07  Torkham 40                                  ALL: 40 from 1 of 2 points
@Suite struct CrossingsTableExportTests {
    static func export() throws -> CrossingsTableExport {
        try #require(CrossingsTableExport(state: CrossingsPaneGoldenTests.state(CrossingsTablePaneTests.small)))
    }

    static let header = ["Date", "Point", "Total", "Deported", "Families", "PoR", "ACC", "Undocumented", "Other",
                         "Khyber Pakhtunkhwa", "Punjab", "Sindh", "Partial sums"]

    @Test func csvRecordsByDayThenPointThenAll() throws {
        let document = CSVWriter.document(try Self.export())
        #expect(document.hasSuffix("\r\n"))
        let records = CSVRecords.parse(document)
        #expect(records == [
            Self.header,
            ["2025-04-05", "Chaman", "70", "", "", "", "", "", "", "", "", "", ""],
            ["2025-04-05", "ALL", "70", "", "", "", "", "", "", "", "", "", "Total"],
            ["2025-04-06", "Torkham", "100", "10", "20", "30", "50", "", "", "30", "60", "", ""],
            ["2025-04-06", "Chaman", "50", "5", "", "10", "20", "15", "", "", "20", "25", ""],
            ["2025-04-06", "ALL", "150", "15", "20", "40", "70", "15", "", "30", "80", "25",
             "Families, Undocumented, Khyber Pakhtunkhwa, Sindh"],
            ["2025-04-07", "Torkham", "40", "", "", "", "", "", "", "", "", "", ""],
            ["2025-04-07", "ALL", "40", "", "", "", "", "", "", "", "", "", "Total"],
        ])
        // The one field with a comma is quoted, as RFC 4180 has it.
        #expect(document.contains(",\"Families, Undocumented, Khyber Pakhtunkhwa, Sindh\"\r\n"))
    }

    @Test func jsonNumbersExactAndMissingNull() throws {
        let text = JSONTableWriter.document(try Self.export())
        let json = try JSONTableWriterTests.parse(text)
        #expect(json["table"] as? String == "crossings")
        #expect(json["all_points"] as? String == "ALL")
        #expect(json["provinces"] as? [String] == ["Khyber Pakhtunkhwa", "Punjab", "Sindh"])
        let columns = try #require(json["columns"] as? [[String: Any]])
        #expect(columns.map { $0["id"] as? String } == ["date", "point", "total", "deported", "families", "por", "acc", "undocumented", "other",
                                                         "by_province:Khyber Pakhtunkhwa", "by_province:Punjab", "by_province:Sindh", "partial_sums"])
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(json["row_count"] as? Int == 7 && rows.count == 7)
        let all = rows[4]
        #expect(all["date"] as? String == "2025-04-06" && all["point"] as? String == "ALL")
        #expect(all["total"] as? Int == 150 && all["deported"] as? Int == 15 && all["families"] as? Int == 20)
        #expect(all["por"] as? Int == 40 && all["acc"] as? Int == 70 && all["undocumented"] as? Int == 15)
        #expect(all["other"] is NSNull)
        #expect(all["by_province:Punjab"] as? Int == 80 && all["by_province:Sindh"] as? Int == 25)
        #expect(rows[3]["by_province:Khyber Pakhtunkhwa"] is NSNull)
        // Integers written as integers: no fraction, no exponent.
        #expect(text.contains("\"total\": 150, \"deported\": 15, \"families\": 20, \"por\": 40, \"acc\": 70, \"undocumented\": 15, \"other\": null,"))
    }

    @Test func markdownShowsTheScreensTextsAllPointsInBold() throws {
        let lines = MarkdownTableWriter.document(try Self.export()).components(separatedBy: "\n")
        #expect(lines[0] == "### Crossings by day and point")
        #expect(lines[4] == "| Date | Point | Total | Deported | Families | PoR | ACC | Undocumented | Other | Khyber Pakhtunkhwa | Punjab | Sindh |")
        #expect(lines[5] == "| :--- | :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        #expect(lines[8] == "| 2025-04-06 | Torkham | 100 | 10 | 20 | 30 | 50 | – | – | 30 | 60 | – |")
        #expect(lines[10] == "| **2025-04-06** | **All points** | **150** | **15** | **≥20** | **40** | **70** | **≥15** | **–** | **≥30** | **80** | **≥25** |")
        #expect(lines.count == 6 + 7 + 1)
    }

    /// Columns as wide as their widest text (Date 10, Point 10 for "All
    /// points", Total 5, ..., Khyber Pakhtunkhwa 18), two spaces between,
    /// numbers on the right, no trailing spaces.
    @Test func textIsAnAlignedTable() throws {
        let lines = TextTableWriter.document(try Self.export()).components(separatedBy: "\n")
        func gap(_ count: Int) -> String { String(repeating: " ", count: count) }
        #expect(lines[0] == "Crossings by day and point")
        #expect(lines[3] == "Date" + gap(8) + "Point" + gap(7) + "Total  Deported  Families  PoR  ACC  Undocumented  Other  Khyber Pakhtunkhwa  Punjab  Sindh")
        #expect(lines[6] == "2025-04-06  Torkham" + gap(7) + "100" + gap(8) + "10" + gap(8) + "20" + gap(3) + "30" + gap(3) + "50"
                + gap(13) + "–" + gap(6) + "–" + gap(18) + "30" + gap(6) + "60" + gap(6) + "–")
        #expect(lines[8] == "2025-04-06  All points" + gap(4) + "150" + gap(8) + "15" + gap(7) + "≥20" + gap(3) + "40" + gap(3) + "70"
                + gap(11) + "≥15" + gap(6) + "–" + gap(17) + "≥30" + gap(6) + "80" + gap(4) + "≥25")
        #expect(lines.count == 3 + 1 + 7 + 1)
    }

    /// A province's name is producer text: exact in CSV, terminal-safe in text.
    @Test func hostileProvinceNames() throws {
        let name = "Sindh\u{1B}[31m, \"south\""
        let snapshot = Snapshot(generatedAt: TestStates.now, crossings: [
            Crossing(date: CrossingsTablePaneTests.day("2025-04-07"), point: "=Torkham", total: 3,
                     byProvince: [ProvinceCount(province: name, count: 2)]),
        ])
        let export = try #require(CrossingsTableExport(state: CrossingsPaneGoldenTests.state(snapshot)))
        let records = CSVRecords.parse(CSVWriter.document(export))
        #expect(records[0][9] == name)
        #expect(records[1][1] == "'=Torkham")
        let text = TextTableWriter.document(export)
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" })
    }
}
