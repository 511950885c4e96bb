import Foundation
import Testing

/// `render` on two snapshots made to hit issue 12's table edges: a district
/// gone since the previous snapshot (and a camp gone from a district still
/// listed), three equal populations, a new district, a name with a tab in it,
/// a de-notified camp, a camp that reports `other`, and deadlines past, under
/// a day and under a week, at every width from 80 to 240 columns.
///
/// The figures, by hand. Previous (18:00): Attock 500, Bhakkar 500, Chakwal
/// 500, "Tab<TAB>Name" 300 + 120 = 420, Zhob 49,722: 51,642 in all. Now
/// (21:00): Attock 500, Bhakkar 500, Chakwal 500, "Tab<TAB>Name" 300 (its
/// camp Tank Road, 120, is gone), Newtown 40 (new): 1,840 in all. The total's
/// change is 1,840 - 51,642 = -49,802, of which Zhob's -49,722 and Tank
/// Road's -120 are the rows that say where the people went.
@Suite struct EdgeSnapshotRenderTests {
    static let now = "2025-04-07T21:30:00+05:00"
    static let tabName = "Tab\tName"

    static func camp(_ id: String, _ name: String, _ population: Int, status: String = "open", extra: String = "") -> String {
        #"{"id": "\#(id)", "name": "\#(name)", "status": "\#(status)", "population": \#(population)\#(extra)}"#
    }

    static func district(_ id: String, _ name: String, _ province: String, _ camps: [String]) -> String {
        #"{"id": "\#(id)", "name": "\#(name)", "province": "\#(province)", "camps": [\#(camps.joined(separator: ", "))]}"#
    }

    static func snapshot(at time: String, districts: [String]) -> String {
        // Deadlines at --now 21:30: passed 7d ago, 23h 59m ahead (<24h), 3d ahead (<7d).
        """
        {"schema_version": 1, "generated_at": "2025-04-07T\(time):00+05:00", "timezone": "Asia/Karachi",
         "districts": [\(districts.joined(separator: ",\n "))],
         "crossings": [],
         "deadlines": [
          {"id": "past", "title": "Passed deadline", "due": "2025-03-31T21:30:00+05:00", "applies_to": "acc"},
          {"id": "day", "title": "Under a day", "due": "2025-04-08T21:29:00+05:00", "applies_to": "por"},
          {"id": "week", "title": "Under a week", "due": "2025-04-10T21:30:00+05:00", "applies_to": "all"}]}
        """
    }

    /// The two snapshots in a fresh directory.
    static func directory() throws -> ScratchDirectory {
        let attock = district("pb-attock", "Attock", "Punjab", [camp("a1", "Attock Camp", 500, status: "denotified", extra: #", "denotified_on": "2024-11-30""#)])
        let bhakkar = district("pb-bhakkar", "Bhakkar", "Punjab", [camp("b1", "Bhakkar Camp", 500, extra: #", "by_document": {"por": 300, "other": 25}"#)])
        let chakwal = district("pb-chakwal", "Chakwal", "Punjab", [camp("c1", "Chakwal Camp", 500)])
        let tabNow = district("kp-tab", "Tab\\tName", "Khyber\\tPakhtunkhwa", [camp("t1", "Tab Camp", 300)])
        let tabBefore = district("kp-tab", "Tab\\tName", "Khyber\\tPakhtunkhwa", [camp("t1", "Tab Camp", 300), camp("t2", "Tank Road", 120)])
        let zhob = district("bl-zhob", "Zhob", "Balochistan", [camp("z1", "Zhob Camp", 49_722)])
        let newtown = district("sd-newtown", "Newtown", "Sindh", [camp("n1", "Newtown Camp", 40)])
        let directory = try ScratchDirectory()
        try directory.write("2025-04-07T1800.json", snapshot(at: "18:00", districts: [attock, bhakkar, chakwal, tabBefore, zhob]))
        try directory.write("2025-04-07T2100.json", snapshot(at: "21:00", districts: [attock, bhakkar, chakwal, tabNow, newtown]))
        return directory
    }

    static func render(_ directory: ScratchDirectory, _ extra: [String]) throws -> RepatdashProcess.Result {
        let result = try RepatdashProcess.run(["render", directory.path, "--now", now] + extra)
        #expect(result.status == 0, "\(result.standardError)")
        return result
    }

    /// Every width from 80 to 240: the rows in their order (equal populations
    /// A→Z under a descending sort, the gone district last, dimmed on screen
    /// but readable as `gone`), the deadline words, and never fewer table
    /// columns than at a narrower width.
    @Test func everyWidthFrom80To240() throws {
        let directory = try Self.directory()
        var columnsBefore: [String] = []
        for width in 80...240 {
            let result = try Self.render(directory, ["--size", "\(width)x30"])
            let table = try ScreenTable.parse(result.lines)
            #expect(table.rows.map { $0[0] } == ["Attock", "Bhakkar", "Chakwal", "Tab\u{FFFD}Name", "Newtown", "Zhob"], "width \(width)")
            let population = table.titles.firstIndex(of: "Population")!, change = table.titles.firstIndex(of: "Change")!
            let camps = table.titles.firstIndex(of: "Camps")!
            #expect(table.rows.map { $0[population] } == ["500", "500", "500", "300", "40", "49,722"], "width \(width)")
            #expect(table.rows.map { $0[change] } == ["0", "0", "0", "▼ -120", "new", "▼ -49,722"], "width \(width)")
            #expect(table.rows.last?[camps] == "gone", "width \(width)")
            #expect(table.totals[population] == "1,840" && table.totals[change] == "▼ -49,802", "width \(width)")
            #expect(result.standardOutput.contains("Districts (5, 1 gone)"), "width \(width)")
            #expect(Set(columnsBefore).isSubset(of: Set(table.titles)), "width \(width): \(columnsBefore) then \(table.titles)")
            columnsBefore = table.titles
            for marker in ["PAST passed 7d ago", "<24h   0d 23:59:00", "<7d    3d 00:00:00"] {
                #expect(result.standardOutput.contains(marker), "width \(width): no \(marker)")
            }
            #expect(!result.standardOutput.contains("!!"), "width \(width)")
        }
        // Every column at the widest, `Other` included (Bhakkar's camp reports it).
        #expect(columnsBefore == ["District", "Province", "Camps", "Population", "PoR", "ACC", "Undoc.", "Other", "Households", "Change"])
    }

    /// A new district sorts with the increases (+40, the people it holds),
    /// ties A→Z, the gone district still last.
    @Test func changeSortPutsNewWithTheIncreases() throws {
        let result = try Self.render(try Self.directory(), ["--size", "120x30", "--sort", "change"])
        let table = try ScreenTable.parse(result.lines)
        #expect(table.rows.map { $0[0] } == ["Newtown", "Attock", "Bhakkar", "Chakwal", "Tab\u{FFFD}Name", "Zhob"])
    }

    /// JSON read back: names and provinces byte for byte (the tab is `\t`
    /// in the file, never `�`), the gone district with `gone: true`, its last
    /// population and minus it, the `other` count and its partial total.
    @Test func jsonRoundTripsNamesAndHoldsTheGoneRow() throws {
        let result = try Self.render(try Self.directory(), ["--format", "json"])
        #expect(!result.standardOutput.contains("\u{FFFD}") && !result.standardOutput.contains("\t"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let rows = try #require(json["rows"] as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["pb-attock", "pb-bhakkar", "pb-chakwal", "kp-tab", "sd-newtown", "bl-zhob"])
        let tab = try #require(rows.first { $0["id"] as? String == "kp-tab" })
        #expect(Array((tab["name"] as? String ?? "").utf8) == Array(Self.tabName.utf8))
        #expect(Array((tab["province"] as? String ?? "").utf8) == Array("Khyber\tPakhtunkhwa".utf8))
        let zhob = try #require(rows.last)
        #expect(zhob["gone"] as? Bool == true && zhob["new"] as? Bool == false)
        #expect(zhob["population"] as? Int == 49_722 && zhob["change"] as? Int == -49_722)
        #expect(zhob["camps_open"] is NSNull && zhob["por"] is NSNull)
        #expect(rows.dropLast().allSatisfy { $0["gone"] as? Bool == false })
        let bhakkar = try #require(rows.first { $0["id"] as? String == "pb-bhakkar" })
        #expect(bhakkar["other"] as? Int == 25 && bhakkar["por"] as? Int == 300)
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(totals["population"] as? Int == 1_840 && totals["change"] as? Int == -49_802 && totals["other"] as? Int == 25)
    }

    /// CSV read back: the tab inside a quoted field, exact; a `Gone` column.
    @Test func csvRoundTripsNamesAndHoldsTheGoneRow() throws {
        let result = try Self.render(try Self.directory(), ["--format", "csv"])
        #expect(result.standardOutput.contains("\"Tab\tName\",kp-tab,\"Khyber\tPakhtunkhwa\""))
        let table = CSVTable(result.standardOutput)
        let name = table.index("District"), gone = table.index("Gone"), change = table.index("Change"), other = table.index("Other")
        #expect(table.rows.map { $0[name] } == ["Attock", "Bhakkar", "Chakwal", Self.tabName, "Newtown", "Zhob"])
        #expect(Array(table.rows[3][name].utf8) == Array(Self.tabName.utf8))
        #expect(table.rows.map { $0[gone] } == ["false", "false", "false", "false", "false", "true"])
        #expect(table.rows[5][change] == "-49722" && table.rows[1][other] == "25")
    }

    /// The camps of a district still listed: the gone camp last, `gone` in
    /// its status (on screen and in the file); a de-notified camp is
    /// `denotified` in the file, as the snapshot spells it.
    @Test func campsTableShowsTheGoneCampAndTheSpecsStatus() throws {
        let directory = try Self.directory()
        let screen = try Self.render(directory, ["--size", "100x30", "--district", "kp-tab"])
        let table = try ScreenTable.parse(screen.lines)
        #expect(table.rows.map { $0[0] } == ["Tab Camp", "Tank Road"])
        #expect(table.rows[1][table.titles.firstIndex(of: "Status")!] == "gone")
        #expect(table.rows[1][table.titles.firstIndex(of: "Change")!] == "▼ -120")
        #expect(screen.standardOutput.contains("(1 camp, 1 gone)"))
        let json = try Self.render(directory, ["--format", "json", "--district", "kp-tab"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(document["title"] as? String == "Tab\tName, Khyber\tPakhtunkhwa (1 camp, 1 gone)")
        #expect((document["district"] as? [String: Any])?["name"] as? String == Self.tabName)
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows.map { $0["gone"] as? Bool } == [false, true])
        #expect(rows[1]["status"] as? String == "gone" && rows[1]["population"] as? Int == 120 && rows[1]["change"] as? Int == -120)
        let attock = try Self.render(directory, ["--format", "json", "--district", "pb-attock"])
        #expect(attock.standardOutput.contains(#""status": "denotified""#) && !attock.standardOutput.contains("de-notified\""))
    }
}
