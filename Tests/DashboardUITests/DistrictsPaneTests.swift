import DashboardCore
import Testing
@testable import DashboardUI

/// The districts pane drawn on its own into a blank screen the size of its
/// place in the layout, so these goldens do not move when other panes change.
@Suite struct DistrictsPaneTests {
    /// Only the districts pane, at the size `Layout` gives it for the state's terminal.
    static func render(_ state: AppState) -> Screen {
        let rect = state.layout.districts
        var screen = Screen(width: rect.width, height: rect.height, boxCharset: state.options.ascii ? .ascii : .unicode)
        DistrictsPane.draw(state, in: Rect(row: 0, col: 0, width: rect.width, height: rect.height), on: &screen)
        return screen
    }

    @Test func at80x24() {
        GoldenScreen.check(Self.render(TestStates.bundled(width: 80, height: 24)), "districts-80x24")
    }

    @Test func at200x60() {
        GoldenScreen.check(Self.render(TestStates.bundled(width: 200, height: 60)), "districts-200x60")
    }

    @Test func at120x40ShowsEveryColumn() {
        let screen = Self.render(TestStates.bundled(width: 120, height: 40))
        GoldenScreen.check(screen, "districts-120x40")
        let header = screen.lines()[1]
        for title in ["District", "Province", "Camps", "Population", "PoR", "ACC", "Undoc.", "Households", "Δ vs 18:00"] {
            #expect(header.contains(title), "\(title) missing from \(header)")
        }
    }

    /// Column titles of a table pane's header row.
    static func titles(_ screen: Screen) -> [String] {
        screen.lines()[1].split(separator: "│").first.map { $0.components(separatedBy: "  ") }?
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } ?? []
    }

    /// A wider terminal never shows fewer columns, in the districts table and
    /// in a drill-down (135 columns used to show 9 district columns, 140 only
    /// 5, and Households came back only at 240). Every width the dashboard draws.
    @Test func aWiderTerminalNeverShowsFewerColumns() {
        var before: (districts: [String], camps: [String]) = ([], [])
        for width in 80...240 {
            var state = TestStates.bundled(width: width, height: 40)
            let districts = Self.titles(Self.render(state))
            TestStates.press([.character("j"), .enter], on: &state) // Peshawar
            let rect = state.layout.districts
            var screen = Screen(width: rect.width, height: rect.height)
            CampsPane.draw(state, in: Rect(row: 0, col: 0, width: rect.width, height: rect.height), on: &screen)
            let camps = Self.titles(screen)
            #expect(Set(before.districts).isSubset(of: Set(districts)), "width \(width): \(before.districts) then \(districts)")
            #expect(Set(before.camps).isSubset(of: Set(camps)), "width \(width): \(before.camps) then \(camps)")
            before = (districts, camps)
        }
        #expect(before.districts.count == 9 && before.districts.contains("Households"), "\(before.districts)")
        #expect(before.camps.contains("Households") && before.camps.contains("De-notified"), "\(before.camps)")
    }

    @Test func sortedByNextColumn() {
        var state = TestStates.bundled(width: 80, height: 24)
        // From Population, `s` goes round through the document and household columns to Change.
        TestStates.press(Array(repeating: .character("s"), count: 6), on: &state)
        #expect(state.districts.sortColumn == .change)
        GoldenScreen.check(Self.render(state), "districts-80x24-sorted-change")
    }

    @Test func sortReversed() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.character("S")], on: &state)
        #expect(state.districts.ascending)
        GoldenScreen.check(Self.render(state), "districts-80x24-population-ascending")
    }

    @Test func filtered() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.character("/")], on: &state)
        TestStates.type("pe", on: &state)
        GoldenScreen.check(Self.render(state), "districts-80x24-filter-pe")
        #expect(Self.render(state).lines()[0].contains("(2 of 23), filter \"pe\""))
    }

    @Test func filterMatchingNothing() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.character("/")], on: &state)
        TestStates.type("xyz", on: &state)
        TestStates.press([.enter], on: &state)
        let screen = Self.render(state)
        GoldenScreen.check(screen, "districts-80x24-filter-nothing")
        #expect(screen.lines()[2].contains("No district matches \"xyz\""))
        #expect(screen.lines()[3].contains("All districts"), "the totals sit under the message")
    }

    @Test func asciiMode() {
        let screen = Self.render(TestStates.bundled(width: 80, height: 24, ascii: true))
        GoldenScreen.check(screen, "districts-80x24-ascii")
        for line in screen.lines() {
            let isASCII = line.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(isASCII, "not ASCII: \(line)")
        }
    }

    @Test func waitingForASnapshot() {
        let state = AppState(sourcePath: "/srv/feeds/snapshots", now: TestStates.now, width: 80, height: 24)
        let screen = Self.render(state)
        GoldenScreen.check(screen, "districts-80x24-waiting")
        #expect(screen.lines()[2].contains("Waiting for a valid snapshot in /srv/feeds/snapshots"))
    }

    @Test func scrolledToTheEndShowsTheLastRowsAndWhereTheyAre() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.end], on: &state)
        let screen = Self.render(state)
        GoldenScreen.check(screen, "districts-80x24-end")
        #expect(screen.lines()[screen.height - 1].contains("16-23 of 23"))
    }
}
