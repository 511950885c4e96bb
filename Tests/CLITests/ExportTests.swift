import Foundation
import Testing

/// `repatdash render --format csv|json|markdown` and the `e` key hold the
/// table the screen shows: the same rows in the same order with the same
/// figures, every row, not only those that fit.
@Suite(.serialized) struct ExportTests {
    static let now = "2025-04-07T21:30:00+05:00"
    /// Wide enough for every column of both tables and all 23 districts.
    static let wide = "260x60"

    static func render(_ extra: [String]) throws -> String {
        let result = try RepatdashProcess.run(["render", RepatdashProcess.bundledSnapshots, "--now", now] + extra)
        #expect(result.status == 0, "render \(extra): \(result.standardError)")
        return result.standardOutput
    }

    // MARK: render --format

    @Test(arguments: [wide, "200x60"])
    func csvEqualsTheDistrictsTableOnScreen(_ size: String) throws {
        let screen = try ScreenTable.parse(try Self.render(["--size", size]).components(separatedBy: "\n"))
        #expect(screen.rows.count == 23, "every district fits at \(size)")
        // Both show every column the table has (no camp reports `other`): 200
        // columns used to leave out households, the table beside the chart.
        #expect(screen.titles == ["District", "Province", "Camps", "Population", "PoR", "ACC", "Undoc.", "Households", "Change"])
        #expect(screen.rows[0].prefix(4) == ["Haripur", "Khyber Pakhtunkhwa", "3/3", "99,275"])
        #expect(screen.totals.last == "▼ -142" && screen.totals.contains("≥347,533"))
        let csv = CSVTable(try Self.render(["--format", "csv"]))
        try Self.expectSame(screen: screen, csv: csv)
    }

    @Test func csvOfADistrictEqualsItsCampsTableOnScreen() throws {
        let screen = try ScreenTable.parse(try Self.render(["--size", Self.wide, "--district", "kp-peshawar"]).components(separatedBy: "\n"))
        #expect(screen.rows.count == 8)
        #expect(screen.titles.contains("De-notified"))
        try Self.expectSame(screen: screen, csv: CSVTable(try Self.render(["--district", "kp-peshawar", "--format", "csv"])))
    }

    @Test func filterAndSortApplyToEveryFormat() throws {
        let options = ["--filter", "PE", "--sort", "name-desc"]
        let screen = try ScreenTable.parse(try Self.render(["--size", Self.wide] + options).components(separatedBy: "\n"))
        let csv = CSVTable(try Self.render(options + ["--format", "csv"]))
        #expect(csv.rows.map { $0[0] } == ["Upper Dir", "Peshawar"], "names with \"pe\" in them, Z→A")
        try Self.expectSame(screen: screen, csv: csv)
    }

    @Test func jsonIsWellFormedAndHoldsEveryRow() throws {
        let text = try Self.render(["--format", "json"])
        // Python's reader too, not only Foundation's: a report pipeline may use either.
        let directory = try ScratchDirectory()
        let file = try directory.write("export.json", text)
        let pythonStatus = try ChildProcess.run(["python3", "-c", "import json,sys; d=json.load(open(sys.argv[1])); assert len(d['rows']) == 23", file],
                                                outputPath: directory.path + "/python.log")
        #expect(pythonStatus == 0, "\((try? String(contentsOfFile: directory.path + "/python.log", encoding: .utf8)) ?? "")")

        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["table"] as? String == "districts")
        #expect((json["snapshot"] as? [String: Any])?["generated_at"] as? String == "2025-04-07T21:00:00+05:00")
        #expect((json["columns"] as? [[String: Any]])?.first?["id"] as? String == "name")
        let rows = try #require(json["rows"] as? [[String: Any]])
        let csv = CSVTable(try Self.render(["--format", "csv"]))
        #expect(rows.count == 23)
        #expect(rows.map { $0["name"] as? String ?? "" } == csv.rows.map { $0[0] })
        #expect(rows.map { $0["population"] as? Int ?? -1 } == csv.rows.map { Int($0[csv.index("Population")]) ?? -2 })
        #expect((json["totals"] as? [String: Any])?["population"] as? Int == 443_330)
    }

    @Test func markdownHoldsEveryRow() throws {
        let lines = try Self.render(["--format", "markdown"]).split(separator: "\n").map(String.init)
        let table = lines.filter { $0.hasPrefix("| ") }
        #expect(table.count == 2 + 23 + 1) // header, alignment row, districts, totals
        let names = table.dropFirst(2).dropLast().map { $0.split(separator: "|").first!.trimmingCharacters(in: .whitespaces) }
        let csv = CSVTable(try Self.render(["--format", "csv"]))
        #expect(names == csv.rows.map { $0[0] })
        #expect(table[2].contains("99,275") && table[2].contains("▼ -35"))
        #expect(table.last!.contains("**All districts**"))
    }

    @Test func withoutASnapshotThereIsNoTable() throws {
        let directory = try ScratchDirectory()
        try directory.write("broken.json", "{")
        let result = try RepatdashProcess.run(["render", directory.path, "--format", "csv"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("no valid snapshot"))
        #expect(try RepatdashProcess.run(["render", RepatdashProcess.bundledSnapshots, "--format", "xml"]).status == 2)
    }

    // MARK: e in the dashboard

    /// `e` writes the table in the dashboard's directory and says so; its rows
    /// are the screen's, for the whole table, after a filter and in a drill-down.
    @Test func eWritesTheTableOnScreenWhereTheDashboardRuns() throws {
        let directory = try ScratchDirectory()
        let tmux = try TmuxSession(width: 260, height: 60,
                                   command: "cd \(directory.path) && \(RepatdashProcess.binary) \(RepatdashProcess.bundledSnapshots) --now \(Self.now)",
                                   environment: ["LANG": "C.UTF-8", "TERM": "tmux-256color"])
        try tmux.waitForSettledScreen(showing: ["Haripur", "Upper Dir"])

        // The whole table.
        try tmux.sendKeys("e")
        var screen = try tmux.waitForSettledScreen(showing: ["Saved repatdash-districts-20250407T2130.csv (23 districts) in \(directory.path)"])
        try Self.expectFile("repatdash-districts-20250407T2130.csv", in: directory, matches: screen)

        // Filtered: a second file beside the first, which stays.
        try tmux.type("/pe")
        try tmux.sendKeys("Enter")
        try tmux.waitForSettledScreen(showing: ["filter \"pe\""])
        try tmux.sendKeys("e")
        screen = try tmux.waitForSettledScreen(showing: ["Saved repatdash-districts-20250407T2130-2.csv (2 districts)"])
        try Self.expectFile("repatdash-districts-20250407T2130-2.csv", in: directory, matches: screen)
        #expect(CSVTable(try String(contentsOfFile: directory.path + "/repatdash-districts-20250407T2130.csv", encoding: .utf8)).rows.count == 23)

        // Drilled into the selected district (Peshawar, the largest matching "pe").
        try tmux.sendKeys("Enter")
        try tmux.waitForSettledScreen(showing: ["All districts › Peshawar"])
        try tmux.sendKeys("e")
        screen = try tmux.waitForSettledScreen(showing: ["Saved repatdash-camps-kp-peshawar-20250407T2130.csv (8 camps)"])
        try Self.expectFile("repatdash-camps-kp-peshawar-20250407T2130.csv", in: directory, matches: screen)

        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    @Test func eSaysWhyWhenTheDirectoryCannotBeWritten() throws {
        // Permissions do not stop root; a directory removed under the dashboard stops everyone.
        let parent = try ScratchDirectory()
        let gone = parent.path + "/gone"
        try FileManager.default.createDirectory(atPath: gone, withIntermediateDirectories: true)
        let tmux = try TmuxSession(width: 200, height: 40,
                                   command: "cd \(gone) && \(RepatdashProcess.binary) \(RepatdashProcess.bundledSnapshots) --now \(Self.now)",
                                   environment: ["LANG": "C.UTF-8", "TERM": "tmux-256color"])
        try tmux.waitForSettledScreen(showing: ["Haripur"])
        try FileManager.default.removeItem(atPath: gone)
        try tmux.sendKeys("e")
        // The path cannot be read back once the directory is gone (getcwd fails), so the sentence says "the current directory".
        try tmux.waitForSettledScreen(showing: ["Export failed: No such file or directory, writing in the current directory"])
        #expect(!FileManager.default.fileExists(atPath: gone), "nothing recreated it")
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    // MARK: Comparing

    static func expectFile(_ name: String, in directory: ScratchDirectory, matches screen: String,
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = try String(contentsOfFile: directory.path + "/" + name, encoding: .utf8)
        let table = try ScreenTable.parse(screen.components(separatedBy: "\n"))
        try expectSame(screen: table, csv: CSVTable(text), sourceLocation: sourceLocation)
    }

    /// Every row of the screen's table, cell by cell, against the CSV: the
    /// same names in the same order, and each figure the same number.
    static func expectSame(screen: ScreenTable, csv: CSVTable, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(screen.rows.count == csv.rows.count, "rows on screen and in the file", sourceLocation: sourceLocation)
        for (screenRow, record) in zip(screen.rows + [screen.totals], csv.rows + [csv.totals]) {
            for (title, text) in zip(screen.titles, screenRow) {
                let expected = try csvText(forScreenTitle: title, in: record, of: csv)
                #expect(plain(text, title: title) == expected, "\(title) of \(screenRow[0]): screen \(text), file \(expected)",
                        sourceLocation: sourceLocation)
                if text.hasPrefix("≥") {
                    #expect(record[csv.index("Partial sums")].contains(csv.header[csv.index(for: title)]), sourceLocation: sourceLocation)
                }
            }
        }
    }

    /// What the file holds for a screen column, written as the comparison expects.
    static func csvText(forScreenTitle title: String, in record: [String], of csv: CSVTable) throws -> String {
        switch title {
        case "Camps": return record[csv.index("Camps open")] + "/" + record[csv.index("Camps total")]
        case "Change" where record[csv.index("New")] == "true": return "new"
        default: return record[csv.index(for: title)]
        }
    }

    /// A screen text as the file writes it: no separators, arrows or `+`;
    /// a dash for unknown is an empty cell; `≥` is the partial-sums field's
    /// business; a status as the snapshot spells it (`denotified`).
    static func plain(_ text: String, title: String) -> String {
        if title == "Status" { return text == "de-notified" ? "denotified" : text }
        guard !["District", "Camp", "Province", "Status", "De-notified"].contains(title) else { return text }
        if text == "–" { return "" }
        if title == "Camps" { return text }
        return text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "≥", with: "")
            .replacingOccurrences(of: "▼ ", with: "").replacingOccurrences(of: "▲ +", with: "")
    }
}
