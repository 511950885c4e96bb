import DashboardCore
import Testing
@testable import DashboardUI

/// `t`: the crossings pane as a table of days with a day cursor, `c` through
/// the points and "All points", ← → through the columns. Figures of a small
/// snapshot are worked out by hand; the bundled sample makes the goldens.
@Suite struct CrossingsTablePaneTests {
    static func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

    /// Today is 2025-04-07 (TestStates.now in Karachi).
    ///   Torkham 04-06: 100, deported 10, families 20, PoR 30, ACC 50, Punjab 60, Khyber Pakhtunkhwa 30
    ///   Torkham 04-07: 40 (today, partial)
    ///   Chaman  04-05: 70
    ///   Chaman  04-06: 50, deported 5, PoR 10, ACC 20, undocumented 15, Punjab 20, Sindh 25
    static let small = Snapshot(generatedAt: TestStates.now, crossings: [
        Crossing(date: day("2025-04-06"), point: "Torkham", total: 100, deported: 10, families: 20,
                 byDocument: DocumentCounts(por: 30, acc: 50),
                 byProvince: [ProvinceCount(province: "Punjab", count: 60), ProvinceCount(province: "Khyber Pakhtunkhwa", count: 30)]),
        Crossing(date: day("2025-04-07"), point: "Torkham", total: 40),
        Crossing(date: day("2025-04-05"), point: "Chaman", total: 70),
        Crossing(date: day("2025-04-06"), point: "Chaman", total: 50, deported: 5,
                 byDocument: DocumentCounts(por: 10, acc: 20, undocumented: 15),
                 byProvince: [ProvinceCount(province: "Sindh", count: 25), ProvinceCount(province: "Punjab", count: 20)]),
    ])

    static func pane(_ state: AppState, layout: Layout = CrossingsPaneGoldenTests.small) -> Screen {
        CrossingsPaneGoldenTests.render(state, layout: layout)
    }

    /// The words of each line inside the box, the selection marker dropped.
    static func cells(_ screen: Screen) -> [[String]] {
        screen.lines().dropFirst().dropLast().map { line in
            line.split(separator: "│").first.map { $0.split(separator: " ").map { String($0.hasPrefix("›") ? $0.dropFirst() : $0) } } ?? []
        }
    }

    @Test func tTurnsTheChartIntoATableAndBackAndFocusesIt() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.character("t")], on: &state)
        #expect(state.crossingsTable.isShown)
        #expect(state.focus == .crossings)
        #expect(Self.pane(state).text.contains("Crossings table · Torkham (1/7)"))
        TestStates.press([.character("t")], on: &state)
        #expect(!state.crossingsTable.isShown)
        #expect(Self.pane(state).text.contains("Crossings · Torkham (1/6)"))
    }

    /// Torkham, newest day first: today partial (▒), 04-06 in full, 04-05
    /// without a row (every figure –, never 0). At 48 columns Day, Total,
    /// Deported, Families, PoR and ACC fit (7+5+8+8+3+3 cells and 5 gaps of
    /// 2 = 44, the pane's content width); 3 of the 9 columns after Total
    /// wait to the right.
    @Test func onePointDayByDay() {
        var state = CrossingsPaneGoldenTests.state(Self.small)
        TestStates.press([.character("t")], on: &state)
        let screen = Self.pane(state)
        let cells = Self.cells(screen)
        #expect(cells[0] == ["Day", "Total", "Deported", "Families", "PoR", "ACC"])
        #expect(cells[1] == ["04-07", "▒", "40", "–", "–", "–", "–"])
        #expect(cells[2] == ["04-06", "100", "10", "20", "30", "50"])
        #expect(cells[3] == ["04-05", "–", "–", "–", "–", "–"])
        #expect(screen.text.contains("columns 1-4 of 9 →"))
    }

    /// `c` past the last point: All points. 04-06 adds both points (150,
    /// deported 15); families only Torkham gave (≥20); today only Torkham's
    /// 40 (≥40); 04-05 only Chaman's 70 (≥70).
    @Test func allPointsAfterTheLastPoint() {
        var state = CrossingsPaneGoldenTests.state(Self.small)
        TestStates.press([.character("t"), .character("c"), .character("c")], on: &state)
        #expect(state.crossingsTable.showsAllPoints)
        let screen = Self.pane(state)
        #expect(screen.text.contains("All points (3/3)"))
        let cells = Self.cells(screen)
        #expect(cells[1] == ["04-07", "▒", "≥40", "–", "–", "–", "–"])
        #expect(cells[2] == ["04-06", "150", "15", "≥20", "40", "70"])
        #expect(cells[3] == ["04-05", "≥70", "–", "–", "–", "–"])
        // Once more: back to the first point; t back to the chart leaves All points.
        TestStates.press([.character("c")], on: &state)
        #expect(!state.crossingsTable.showsAllPoints)
        #expect(state.currentPoint?.point == "Torkham")
    }

    /// → three times: ACC first after Total. Khyber Pakhtunkhwa (12 cells,
    /// cut) would make 48 > 44, so ACC, Undoc. and Other show: columns 4-6.
    /// 04-06 at All points: ACC 70, undocumented ≥15 (Chaman only), other –.
    @Test func arrowsScrollTheColumnsAndStopAtTheLast() {
        var state = CrossingsPaneGoldenTests.state(Self.small)
        TestStates.press([.character("t"), .character("C"), .right, .right, .character("l")], on: &state)
        #expect(state.crossingsTable.showsAllPoints)
        let screen = Self.pane(state)
        let cells = Self.cells(screen)
        #expect(cells[0] == ["Day", "Total", "ACC", "Undoc.", "Other"])
        #expect(cells[2] == ["04-06", "150", "70", "≥15", "–"])
        #expect(screen.text.contains("← columns 4-6 of 9 →"))
        // To the end: the provinces, by name; Sindh only Chaman gave (≥25).
        TestStates.press(Array(repeating: .right, count: 20), on: &state)
        #expect(state.crossingsTable.firstScrolledColumn == 8)
        #expect(Self.cells(Self.pane(state))[0] == ["Day", "Total", "Sindh"])
        #expect(Self.cells(Self.pane(state))[2] == ["04-06", "150", "≥25"])
        TestStates.press([.left, .character("h")], on: &state)
        #expect(Self.cells(Self.pane(state))[0] == ["Day", "Total", "Khyber", "Pakh…", "Punjab", "Sindh"])
    }

    /// The cursor starts on today and follows it; ↓ j go back a day, ↑ k
    /// forward, PgDn a week (clamped at the first day), and the top row is
    /// "today" again.
    @Test func theDayCursor() {
        var state = CrossingsPaneGoldenTests.state(Self.small)
        TestStates.press([.character("t")], on: &state)
        #expect(state.crossingsTable.cursorDay == nil)
        TestStates.press([.down], on: &state)
        #expect(state.crossingsTable.cursorDay == Self.day("2025-04-06"))
        #expect(Self.pane(state).lines()[3].contains("›04-06"))
        TestStates.press([.character("j")], on: &state)
        #expect(state.crossingsTable.cursorDay == Self.day("2025-04-05"))
        TestStates.press([.pageDown], on: &state)
        #expect(state.crossingsTable.cursorDay == Self.day("2025-04-05"))
        TestStates.press([.character("k"), .up, .up], on: &state)
        #expect(state.crossingsTable.cursorDay == nil)
        #expect(Self.pane(state).lines()[2].contains("›04-07"))
    }

    /// On the bundled sample: PgDn is a week back (04-07 → 03-31), and the
    /// rows scroll to keep the cursor in the pane's 7 day rows.
    @Test func aWeekBackScrollsTheRows() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.character("t"), .pageDown], on: &state)
        #expect(state.crossingsTable.cursorDay == Self.day("2025-03-31"))
        let lines = Self.pane(state).lines()
        #expect(lines[lines.count - 2].contains("›03-31"))
        #expect(lines[2].contains("04-06"))
    }

    /// The table's keys on the chart say which key shows the table.
    @Test func dayKeysOnTheChartSayToPressT() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.tab, .down], on: &state)
        #expect(state.crossingsTable.cursorDay == nil)
        #expect(state.statusMessage?.text == "t shows the crossings as a table with a day cursor")
    }

    @Test func goldenAt80x24() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.character("t"), .down], on: &state)
        GoldenScreen.check(DashboardView.render(state), "screen-80x24-crossings-table")
    }

    @Test func goldenAt200x60AllPoints() {
        var state = TestStates.bundled(width: 200, height: 60)
        TestStates.press([.character("t"), .character("C")], on: &state)
        GoldenScreen.check(DashboardView.render(state), "screen-200x60-crossings-table-all")
    }

    @Test func goldenAt80x24ASCIIScrolled() {
        var state = TestStates.bundled(width: 80, height: 24, ascii: true)
        TestStates.press([.character("t"), .right, .right, .right, .right, .right, .right], on: &state)
        let screen = Self.pane(state)
        #expect(screen.text.unicodeScalars.allSatisfy { $0.isASCII })
        GoldenScreen.check(screen, "crossings-table-80x24-ascii-provinces")
    }

    /// Every line of the pane is the pane's width, however narrow the
    /// terminal's columns leave it: no line broken or drawn past the border.
    @Test(arguments: [80, 100, 139, 140, 200])
    func noBrokenLinesAtAnyWidth(width: Int) {
        var state = TestStates.bundled(width: width, height: 24)
        TestStates.press([.character("t")], on: &state)
        let layout = state.layout
        for _ in 0..<12 {
            let screen = Self.pane(state, layout: layout)
            for line in screen.lines() { #expect(TextWidth.of(line) == layout.crossings.width) }
            TestStates.press([.right], on: &state)
        }
    }
}
