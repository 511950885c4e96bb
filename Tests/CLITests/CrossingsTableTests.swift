import Foundation
import Testing

/// The crossings table in a real terminal (`t`, the day cursor, ← →) and
/// `render --table crossings` in every format, from the real binary.
@Suite(.serialized) struct CrossingsTableTests {
    static let binary = RepatdashProcess.binary
    static let snapshots = RepatdashProcess.bundledSnapshots
    static let now = "2025-04-07T21:10:00+05:00"

    /// The dashboard on the bundled sample at `now`, showing the chart at its first point.
    static func dashboard(width: Int, height: Int) throws -> TmuxSession {
        let tmux = try TmuxSession(width: width, height: height, command: "\(binary) \(snapshots) --now \(now)",
                                   environment: ["LANG": "C.UTF-8", "TERM": "tmux-256color"])
        try tmux.waitFor("Crossings · Torkham (1/6)")
        return tmux
    }

    /// The bundled sample: its newest snapshot's day is 2025-04-07, its six
    /// points report every day since 01-08, so ↓ ↓ is 04-05 and PgDn a week
    /// before that, 03-29; `c` keeps the day and changes the point.
    @Test func toggleAndMoveTheDayCursor() throws {
        let tmux = try Self.dashboard(width: 100, height: 30)
        try tmux.sendKeys("t")
        var screen = try tmux.waitFor("Crossings table · Torkham (1/7)")
        #expect(screen.contains("›04-07 ▒"))
        try tmux.sendKeys("Down")
        try tmux.sendKeys("j")
        screen = try tmux.waitFor("›04-05")
        #expect(!screen.contains("›04-07"))
        try tmux.sendKeys("PPage")  // up a week from 04-05 would pass today: the cursor stops on today
        try tmux.waitFor("›04-07")
        try tmux.sendKeys("NPage")
        try tmux.waitFor("›03-31")
        try tmux.sendKeys("c")
        screen = try tmux.waitFor("Crossings table · Chaman (2/7)")
        #expect(screen.contains("›03-31"))
        try tmux.sendKeys("C")
        try tmux.sendKeys("C")
        try tmux.waitFor("Crossings table · All points (7/7)")
        try tmux.sendKeys("t")
        try tmux.waitFor("Crossings · Torkham (1/6)")
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    /// At 80×24 the pane is 48 cells wide: the columns after Total that do
    /// not fit wait to the right, → brings them in one at a time, up to the
    /// last province by name (Sindh); no line is ever wider than the terminal.
    @Test func narrowTerminalScrollsTheColumns() throws {
        let tmux = try Self.dashboard(width: 80, height: 24)
        try tmux.sendKeys("t")
        var screen = try tmux.waitFor("of 13 →")
        #expect(screen.contains("Day"))
        #expect(screen.contains("Deported"))
        #expect(!screen.contains("Sindh"))
        for _ in 0..<12 { try tmux.sendKeys("Right") }
        screen = try tmux.waitFor("← column 13 of 13")
        #expect(screen.contains("Sindh"))
        for line in screen.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.unicodeScalars.count <= 80, "a line wider than the terminal: \(line)")
        }
        // Each day row of the table ends at the pane's border, beside the deadlines pane.
        let dayRows = screen.split(separator: "\n").filter { $0.contains("04-0") && $0.hasPrefix("│") }
        #expect(dayRows.count == 7)
        for row in dayRows { #expect(row.contains("││"), "a broken table row: \(row)") }
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    /// Two points over three days (the figures of
    /// `CrossingsTableExportTests`, here through the binary and a file):
    /// 04-05 Chaman 70; 04-06 Torkham 100 (deported 10, families 20, PoR 30,
    /// ACC 50, Khyber Pakhtunkhwa 30, Punjab 60) and Chaman 50 (deported 5,
    /// PoR 10, ACC 20, undocumented 15, Punjab 20, Sindh 25); 04-07 Torkham 40.
    static let smallSnapshot = """
    {"schema_version": 1, "generated_at": "2025-04-07T21:00:00+05:00", "districts": [], "deadlines": [],
     "crossings": [
      {"date": "2025-04-06", "point": "Torkham", "total": 100, "deported": 10, "families": 20,
       "by_document": {"por": 30, "acc": 50}, "by_province": {"Punjab": 60, "Khyber Pakhtunkhwa": 30}},
      {"date": "2025-04-07", "point": "Torkham", "total": 40},
      {"date": "2025-04-05", "point": "Chaman", "total": 70},
      {"date": "2025-04-06", "point": "Chaman", "total": 50, "deported": 5,
       "by_document": {"por": 10, "acc": 20, "undocumented": 15}, "by_province": {"Sindh": 25, "Punjab": 20}}
     ]}
    """

    func render(_ format: String) throws -> String {
        let directory = try ScratchDirectory()
        try directory.write("2025-04-07T2100.json", Self.smallSnapshot)
        let result = try RepatdashProcess.run(["render", directory.path, "--now", Self.now, "--table", "crossings", "--format", format])
        #expect(result.status == 0, "\(result.standardError)")
        return result.standardOutput
    }

    @Test func renderCSV() throws {
        let csv = try render("csv")
        let table = CSVTable(csv)
        #expect(table.header == ["Date", "Point", "Total", "Deported", "Families", "PoR", "ACC", "Undocumented", "Other",
                                 "Khyber Pakhtunkhwa", "Punjab", "Sindh", "Partial sums"])
        // All points of 04-06: 100 + 50, 10 + 5; families, undocumented, Khyber Pakhtunkhwa and Sindh from one point each.
        #expect(table.rows + [table.totals] == [
            ["2025-04-05", "Chaman", "70", "", "", "", "", "", "", "", "", "", ""],
            ["2025-04-05", "ALL", "70", "", "", "", "", "", "", "", "", "", "Total"],
            ["2025-04-06", "Torkham", "100", "10", "20", "30", "50", "", "", "30", "60", "", ""],
            ["2025-04-06", "Chaman", "50", "5", "", "10", "20", "15", "", "", "20", "25", ""],
            ["2025-04-06", "ALL", "150", "15", "20", "40", "70", "15", "", "30", "80", "25", "Families, Undocumented, Khyber Pakhtunkhwa, Sindh"],
            ["2025-04-07", "Torkham", "40", "", "", "", "", "", "", "", "", "", ""],
            ["2025-04-07", "ALL", "40", "", "", "", "", "", "", "", "", "", "Total"],
        ])
    }

    @Test func renderJSON() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try render("json").utf8)) as? [String: Any])
        #expect(json["table"] as? String == "crossings")
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.count == 7)
        #expect(rows[4]["point"] as? String == "ALL" && rows[4]["total"] as? Int == 150 && rows[4]["by_province:Punjab"] as? Int == 80)
        #expect(rows[3]["families"] is NSNull)
    }

    @Test func renderMarkdownAndText() throws {
        let markdown = try render("markdown").components(separatedBy: "\n")
        #expect(markdown.contains("| 2025-04-06 | Chaman | 50 | 5 | – | 10 | 20 | 15 | – | – | 20 | 25 |"))
        let text = try render("text").components(separatedBy: "\n")
        #expect(text[0] == "Crossings by day and point")
        // Date 10, Point 10 ("All points"), Total 5, Deported 8, Families 8, ... two spaces apart.
        #expect(text[4] == "2025-04-05  Chaman" + String(repeating: " ", count: 9) + "70" + String(repeating: " ", count: 9) + "–"
                + String(repeating: " ", count: 9) + "–" + String(repeating: " ", count: 4) + "–" + String(repeating: " ", count: 4) + "–"
                + String(repeating: " ", count: 13) + "–" + String(repeating: " ", count: 6) + "–" + String(repeating: " ", count: 19) + "–"
                + String(repeating: " ", count: 7) + "–" + String(repeating: " ", count: 6) + "–")
    }

    @Test func renderTableIsCheckedAndWithoutCrossingsStillWritesItsHeader() throws {
        #expect(try RepatdashProcess.run(["render", Self.snapshots, "--table", "bridges"]).status == 2)
        let directory = try ScratchDirectory()
        try directory.write("s.json", #"{"schema_version": 1, "generated_at": "2025-04-07T21:00:00+05:00", "districts": [], "crossings": [], "deadlines": []}"#)
        let result = try RepatdashProcess.run(["render", directory.path, "--now", Self.now, "--table", "crossings", "--format", "csv"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "Date,Point,Total,Deported,Families,PoR,ACC,Undocumented,Other,Partial sums\r\n")
    }
}
