import DashboardCore
import Testing
@testable import DashboardUI

@Suite struct HeaderBarTests {
    static func render(_ state: AppState, width: Int? = nil) -> Screen {
        var screen = Screen(width: width ?? state.width, height: 1, boxCharset: state.options.ascii ? .ascii : .unicode)
        HeaderBar.draw(state, in: screen.bounds, on: &screen)
        return screen
    }

    static func line(_ state: AppState, width: Int? = nil) -> String {
        render(state, width: width).lines()[0]
    }

    @Test func productNameAndWhereTheOperatorIs() {
        #expect(Self.line(TestStates.bundled(width: 80, height: 24)) == " repatdash  All districts")
    }

    @Test func breadcrumbAfterDrillingIn() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.down, .enter], on: &state)
        let screen = Self.render(state)
        GoldenScreen.check(screen, "header-80-drilled")
        #expect(screen.lines()[0] == " repatdash  All districts › Peshawar")
        // The current level is bold, the way back plain.
        #expect(screen[0, 28].style.isBold)
        #expect(!screen[0, 12].style.isBold)
    }

    @Test func asciiBreadcrumbSeparator() {
        var state = TestStates.bundled(width: 80, height: 24, ascii: true)
        TestStates.press([.down, .enter], on: &state)
        #expect(Self.line(state) == " repatdash  All districts > Peshawar")
    }

    @Test func filterBeingTypedWithCursor() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.character("/")], on: &state)
        TestStates.type("pesh", on: &state)
        let screen = Self.render(state)
        GoldenScreen.check(screen, "header-80-filter")
        #expect(screen.lines()[0] == " repatdash  All districts  /pesh▏  Enter keeps, Esc clears")
        // Kept with Enter: the cue goes, the pane title keeps saying the table is filtered.
        TestStates.press([.enter], on: &state)
        #expect(Self.line(state) == " repatdash  All districts")
    }

    @Test func filterCueInASCII() {
        var state = TestStates.bundled(width: 80, height: 24, ascii: true)
        TestStates.press([.character("/")], on: &state)
        #expect(Self.line(state) == " repatdash  All districts  /_  Enter keeps, Esc clears")
        TestStates.type("pe", on: &state)
        #expect(Self.line(state) == " repatdash  All districts  /pe_  Enter keeps, Esc clears")
    }

    @Test func campFilterInTheDrillDown() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.down, .enter, .character("/")], on: &state)
        TestStates.type("kh", on: &state)
        #expect(Self.line(state) == " repatdash  All districts › Peshawar  /kh▏  Enter keeps, Esc clears")
    }

    @Test func longFilterKeepsItsEndInView() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.character("/")], on: &state)
        TestStates.type(String(repeating: "abcdefghij", count: 8) + "END", on: &state)
        let line = Self.line(state)
        #expect(line.hasSuffix("abcdefghijEND▏"))
        #expect(line.contains("All districts  …"))
        #expect(line.hasPrefix(" repatdash  All districts"))
        #expect(TextWidth.of(line) <= 79)
    }

    @Test func longDistrictNameIsCutNotWrapped() {
        let name = String(repeating: "中", count: 40)  // 80 cells
        let snapshot = Snapshot(
            generatedAt: Instant(rfc3339: "2025-04-07T21:00:00+05:00")!,
            districts: [District(id: "long", name: name, province: "P", camps: [])]
        )
        var store = SnapshotStore()
        store.add(SnapshotFile(path: "long.json", report: ValidationReport(snapshot: snapshot, issues: [], errorCount: 0, warningCount: 0)))
        var state = AppState(sourcePath: "test", now: TestStates.now, width: 80, height: 24)
        state.update(.snapshots(store))
        TestStates.press([.enter], on: &state)
        let screen = Self.render(state)
        GoldenScreen.check(screen, "header-80-long-name")
        #expect(screen.lines()[0].hasSuffix("中…"))
        #expect(screen[0, 79].symbol == " ")
    }

    @Test func narrowWidthsNeverDrawPastTheEdge() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.down, .enter, .character("/")], on: &state)
        TestStates.type("khazana", on: &state)
        for width in 0...30 {
            let screen = Self.render(state, width: width)
            #expect(screen.width == width)
            if width > 0 { #expect(screen[0, width - 1].symbol == " " || width < 3) }
        }
    }
}
