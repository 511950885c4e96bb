import DashboardCore
import Testing
@testable import DashboardUI

/// `e` in the dashboard: `update` stays pure and hands the table to the run
/// loop as an effect; the result comes back as an event for the status line.
@Suite struct ExportKeyTests {
    @Test func eAsksForTheTableOnScreen() throws {
        var state = TestStates.bundled(width: 80, height: 24)
        let effects = TestStates.press([.character("e")], on: &state)
        let table = try #require(TableExport(state: state))
        #expect(effects == [.exportTable(ExportRequest(table: table))])
        #expect(state.statusMessage == nil)
    }

    @Test func eWorksWhicheverPaneHasFocus() throws {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.character("j"), .enter, .tab], on: &state)
        #expect(state.focus != .districts)
        let effects = TestStates.press([.character("e")], on: &state)
        guard case .exportTable(let request) = try #require(effects.first) else {
            Issue.record("no export effect: \(effects)")
            return
        }
        #expect(request.table.tableName == "camps" && request.table.rows.count == 8)
    }

    @Test func eIsTextWhileTypingAFilterAndClosesHelp() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.character("/")], on: &state)
        #expect(TestStates.press([.character("e")], on: &state) == [])
        #expect(state.districts.filter == "e")
        var help = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.character("?")], on: &help)
        #expect(TestStates.press([.character("e")], on: &help) == [])
        #expect(!help.isShowingHelp)
    }

    @Test func withoutASnapshotThereIsNothingToExport() {
        var state = AppState(sourcePath: "/srv/empty", now: TestStates.now, width: 80, height: 24)
        #expect(TestStates.press([.character("e")], on: &state) == [])
        #expect(state.statusMessage?.kind == .error)
        #expect(StatusLineTests.render(state, width: 80).text.contains("Nothing to export"))
    }

    @Test func theStatusLineSaysWhereTheFileWentThenClears() {
        var state = TestStates.bundled(width: 120, height: 24)
        state.update(.exportFinished(.written(fileName: "repatdash-districts-20250407T2110.csv", directory: "/home/op",
                                              rowCount: 23, tableName: "districts")))
        let line = StatusLineTests.render(state, width: 120).text
        #expect(line.contains("Saved repatdash-districts-20250407T2110.csv (23 districts) in /home/op"), "\(line)")
        #expect(line.contains("2025-04-07 21:00"), "the snapshot's time stays")
        state.update(.tick(TestStates.now.adding(seconds: StatusMessage.infoSeconds)))
        #expect(!StatusLineTests.render(state, width: 120).text.contains("Saved"))
    }

    /// At 80 columns the directory is cut, the file name is not.
    @Test func theFileNameFitsAt80Columns() {
        var state = TestStates.bundled(width: 80, height: 24)
        state.update(.exportFinished(.written(fileName: "repatdash-districts-20250407T2110.csv", directory: "/home/operator/reports",
                                              rowCount: 23, tableName: "districts")))
        let line = StatusLineTests.render(state, width: 80).text
        #expect(line.contains("Saved repatdash-districts-20250407T2110.csv"), "\(line)")
        #expect(line.hasPrefix("Snapshot 2025-04-07 21:00") || line.hasPrefix("2025-04-07 21:00"), "\(line)")
    }

    @Test func oneRowIsSingular() {
        var state = TestStates.bundled(width: 120, height: 24)
        state.update(.exportFinished(.written(fileName: "f.csv", directory: "/d", rowCount: 1, tableName: "camps")))
        #expect(state.statusMessage?.text == "Saved f.csv (1 camp) in /d")
    }

    @Test func aFailedExportSaysWhy() {
        var state = TestStates.bundled(width: 120, height: 24)
        state.update(.exportFinished(.failed(directory: "/ro\u{1B}[2J", reason: "Permission denied")))
        let screen = StatusLineTests.render(state, width: 120)
        #expect(screen.text.contains("Export failed: Permission denied, writing in /ro\u{FFFD}[2J"), "\(screen.text)")
        #expect(state.statusMessage?.kind == .error)
        state.update(.tick(TestStates.now.adding(seconds: StatusMessage.infoSeconds)))
        #expect(StatusLineTests.render(state, width: 120).text.contains("Export failed"), "an error stays longer")
    }

    @Test func helpListsTheKey() {
        let text = HelpOverlayTests.render(width: 80, height: 24).text
        let line = text.split(separator: "\n").first { $0.contains("write the table to a CSV file here") }
        #expect(line?.contains("│  e  ") == true, "\(String(describing: line))")
    }
}
