import DashboardCore
import Testing
@testable import DashboardUI

/// The table an export holds is the table on screen: every row that passes
/// the filter, in the screen's order, with the panes' own texts and the
/// figures behind them.
@Suite struct TableExportTests {
    /// 80×24 shows 8 of the 23 districts; the export holds all of them.
    @Test func districtsHoldEveryRowInTheScreensOrder() throws {
        let state = TestStates.bundled(width: 80, height: 24)
        let table = try #require(TableExport(state: state))
        #expect(table.tableName == "districts")
        #expect(table.title == "Districts (23)")
        #expect(table.rows.count == 23)
        #expect(table.fields.map(\.id) == ["name", "id", "province", "camps_open", "camps_total", "population", "por", "acc",
                                           "undocumented", "other", "households", "change", "new", "gone", "partial_sums"])
        for (row, district) in zip(table.rows, state.districtRows) {
            let values = TableExport.values(of: row)
            #expect(values[0] == .text(district.name))
            #expect(values[1] == .text(district.id))
            #expect(values[3] == .integer(district.campsOpen) && values[4] == .integer(district.campsTotal))
            #expect(values[5] == .integer(district.population))
            #expect(values[11] == (district.populationChange.map { .integer($0) } ?? .none))
            #expect(values[12] == .boolean(district.isNew) && values[13] == .boolean(false))
        }
        #expect(table.sortColumn == "population" && !table.sortAscending)
    }

    @Test func screenTextsAreThePanesTexts() throws {
        let state = TestStates.bundled()
        let table = try #require(TableExport(state: state))
        let glyphs = TableGlyphs(state.options)
        let haripur = try #require(state.districtRows.first)
        #expect(table.rows[0].map(\.screenText) == [
            "Haripur", "", "Khyber Pakhtunkhwa", "3/3", "99,275", "79,817", "12,792", "6,316", "–", "14,477", "▼ -35", "",
        ])
        #expect(table.rows[0][4].screenText == DistrictsPane.cell(.population, of: haripur, glyphs: glyphs).text)
        // The totals row: some camps leave the breakdown out, so those sums are lower bounds (≥ on screen).
        #expect(table.totals.map(\.screenText) == [
            "All districts", "", "", "48/53", "443,330", "≥347,533", "≥52,426", "≥25,173", "–", "≥70,414", "▼ -142", "",
        ])
        let totals = TableExport.values(of: table.totals)
        #expect(totals[5] == .integer(443_330) && totals[6] == .integer(347_533))
        #expect(totals.last == .text("PoR, ACC, Undocumented, Households"))
        // A district where no camp reported the breakdown: a dash on screen, no value in the file.
        let kurram = try #require(table.rows.first { $0[1].values == [.text("kp-kurram")] })
        #expect(kurram[5].screenText == "–" && kurram[5].values == [.none])
    }

    @Test func filterAndSortAreThoseOnScreen() throws {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.character("/")], on: &state)
        TestStates.type("a", on: &state)
        TestStates.press([.enter] + Array(repeating: .character("<"), count: 3) + [.character("S")], on: &state) // population → name, then Z→A
        let table = try #require(TableExport(state: state))
        #expect(table.filter == "a")
        #expect(table.sortColumn == "name" && !table.sortAscending)
        #expect(table.columns[0].screenTitle == "District ▼")
        #expect(table.rows.map { TableExport.values(of: $0)[0] } == state.districtRows.map { .text($0.name) })
        #expect(table.rows.count == state.districtRows.count && table.rows.count < 23)
        #expect(table.title.hasPrefix("Districts (\(table.rows.count) of 23), filter \"a\""))
    }

    @Test func campsOfTheDistrictDrilledInto() throws {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.character("j"), .enter], on: &state) // Peshawar, second by population
        let table = try #require(TableExport(state: state))
        #expect(table.tableName == "camps")
        #expect(table.districtID == "kp-peshawar" && table.districtName == "Peshawar")
        #expect(table.title == "Peshawar, Khyber Pakhtunkhwa (8 camps)")
        #expect(table.rows.count == 8)
        #expect(table.rows.map { TableExport.values(of: $0)[1] } == (state.campRows ?? []).map { .text($0.camp.id) })
        let khurasan = try #require(table.rows.first { $0[0].screenText == "Khurasan" })
        // Spelt as the snapshot spells it: the file is for machines ("de-notified" on screen).
        #expect(khurasan[2].screenText == "de-notified")
        #expect(TableExport.values(of: khurasan)[2] == .text("denotified"))
        #expect(TableExport.values(of: khurasan)[9] == .text("2018-08-31"))
        #expect(table.totals[0].screenText == "All camps" && table.totals[2].screenText == "7/8 open")
        #expect(TableExport.values(of: table.totals)[3] == .integer(66_840))
    }

    @Test func nothingToExportBeforeASnapshot() {
        let state = AppState(sourcePath: "/srv/empty", now: TestStates.now, width: 80, height: 24)
        #expect(TableExport(state: state) == nil)
    }

    /// Screen texts (for Markdown) are made terminal-safe as on screen; the
    /// values CSV and JSON write are the snapshot's text exactly (the writers
    /// quote or escape control characters).
    @Test func screenTextIsTerminalSafeAndValuesAreExact() throws {
        let table = try #require(TableExport(state: ExportTestData.hostileState()))
        #expect(table.rows.count == ExportTestData.hostileNames.count)
        for row in table.rows + [table.totals] {
            for cell in row { #expect(ExportTestData.isTerminalSafe(cell.screenText)) }
        }
        #expect(ExportTestData.isTerminalSafe(table.sourcePath))
        #expect(table.snapshot.source == "Producer\u{1B}[31m, \"red\"")
        for name in ExportTestData.hostileNames {
            #expect(table.rows.contains { TableExport.values(of: $0)[0] == .text(name) }, "\(name.debugDescription)")
        }
        #expect(table.rows.contains { TableExport.values(of: $0)[0] == .text("\u{1B}[2JCleared") })
        #expect(table.rows.contains { $0[0].screenText == "\u{FFFD}[2JCleared" })
    }
}
