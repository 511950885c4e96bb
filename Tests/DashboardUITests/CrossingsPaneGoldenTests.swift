import DashboardCore
import Testing
@testable import DashboardUI

/// The crossings pane alone, drawn into a blank screen the size of the rect
/// the layout gives it, from the bundled samples at the fixed test clock.
@Suite struct CrossingsPaneGoldenTests {
    static func render(_ state: AppState, layout: Layout) -> Screen {
        let rect = layout.crossings
        var screen = Screen(width: rect.width, height: rect.height, boxCharset: state.options.ascii ? .ascii : .unicode)
        CrossingsPane.draw(state, in: Rect(row: 0, col: 0, width: rect.width, height: rect.height), on: &screen)
        return screen
    }

    static func state(_ snapshot: Snapshot, now: Instant = TestStates.now, ascii: Bool = false) -> AppState {
        var store = SnapshotStore()
        store.add(SnapshotFile(path: "/data/snapshot.json",
                               report: ValidationReport(snapshot: snapshot, issues: [], errorCount: 0, warningCount: 0)))
        var state = AppState(sourcePath: "/data", now: now, width: 80, height: 24, options: DisplayOptions(ascii: ascii))
        state.update(.snapshots(store))
        return state
    }

    static let small = Layout(width: 80, height: 24)
    static let large = Layout(width: 200, height: 60)

    @Test func torkhamAt80x24() {
        GoldenScreen.check(Self.render(TestStates.bundled(width: 80, height: 24), layout: Self.small), "crossings-80x24")
    }

    @Test func torkhamAt200x60() {
        GoldenScreen.check(Self.render(TestStates.bundled(width: 200, height: 60), layout: Self.large), "crossings-200x60")
    }

    @Test func asciiAt80x24() {
        GoldenScreen.check(Self.render(TestStates.bundled(width: 80, height: 24, ascii: true), layout: Self.small), "crossings-80x24-ascii")
    }

    @Test func asciiAt200x60() {
        GoldenScreen.check(Self.render(TestStates.bundled(width: 200, height: 60, ascii: true), layout: Self.large), "crossings-200x60-ascii")
    }

    /// The bundled data is ASCII, so in ASCII mode every cell must be.
    @Test(arguments: [small, large])
    func asciiModeWritesOnlyASCII(layout: Layout) {
        var state = TestStates.bundled(width: layout.width, height: layout.height, ascii: true)
        for _ in 0..<6 {
            let screen = Self.render(state, layout: layout)
            #expect(screen.text.unicodeScalars.allSatisfy { $0.isASCII }, "\(state.currentPoint!.point)")
            state.update(.key(.character("c")))
        }
    }

    @Test func nextPointWithCAndFocused() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.tab, .character("c")], on: &state)
        #expect(state.focus == .crossings)
        #expect(state.currentPoint?.point == state.data?.crossings.points[1].point)
        GoldenScreen.check(Self.render(state, layout: Self.small), "crossings-80x24-next-point")
    }

    @Test func cyclingBackWithShiftCFromTheFirstPointShowsTheLast() {
        var state = TestStates.bundled(width: 200, height: 60)
        TestStates.press([.tab, .character("C")], on: &state)
        let points = state.data!.crossings.points
        let text = Self.render(state, layout: Self.large).text
        #expect(text.contains("\(points.last!.point) (\(points.count)/\(points.count))"))
    }

    @Test func noCrossingData() {
        let snapshot = Snapshot(generatedAt: TestStates.now)
        let screen = Self.render(Self.state(snapshot), layout: Self.small)
        GoldenScreen.check(screen, "crossings-empty")
        #expect(screen.text.contains("No crossing data in this snapshot"))
    }

    @Test func noSnapshotYet() {
        let state = AppState(sourcePath: "/data", now: TestStates.now, width: 80, height: 24)
        #expect(Self.render(state, layout: Self.small).text.contains("Waiting for a valid snapshot"))
    }

    /// Missing days, a zero day and a partial today, at a point named in
    /// Pashto: missing reads apart from zero, the name does not shift the box.
    @Test func gapsZeroDayAndNonLatinName() {
        let today = CalendarDay(parsing: "2025-04-07")!
        let name = "تورخم 托尔哈姆 🚶"
        var rows: [Crossing] = []
        for back in 0..<60 where ![5, 6, 7, 20].contains(back) {
            let total = back == 10 ? 0 : 1000 + (back % 9) * 250
            rows.append(Crossing(date: today.adding(days: -back), point: name, total: total, deported: back == 0 ? nil : total / 5))
        }
        let snapshot = Snapshot(generatedAt: TestStates.now, crossings: rows)
        for (layout, file) in [(Self.small, "crossings-gaps-80x24"), (Self.large, "crossings-gaps-200x60")] {
            let screen = Self.render(Self.state(snapshot), layout: layout)
            GoldenScreen.check(screen, file)
            // The box's right edge is intact on every row despite wide and right-to-left text.
            for line in screen.lines() { #expect(TextWidth.of(line) == layout.crossings.width) }
        }
    }

    @Test func controlCharactersInAPointNameNeverReachTheScreen() {
        let today = CalendarDay(parsing: "2025-04-07")!
        let name = "Tork\u{1B}[31mham\u{07}\u{202E}x"
        let snapshot = Snapshot(generatedAt: TestStates.now, crossings: [Crossing(date: today, point: name, total: 12)])
        let screen = Self.render(Self.state(snapshot), layout: Self.small)
        for cell in screen.cells {
            #expect(!cell.symbol.unicodeScalars.contains(where: TerminalSafeText.isUnsafe))
        }
        #expect(screen.text.contains("Tork\u{FFFD}[31mham\u{FFFD}\u{FFFD}x"))
    }

    @Test func longPointNameKeepsItsPositionInTheTitle() {
        let title = CrossingsPane.title(point: String(repeating: "Ghulam Khan ", count: 6), position: 1, count: 6,
                                        room: 42, glyphs: .unicode)
        #expect(TextWidth.of(title) <= 42)
        #expect(title.hasSuffix("… (2/6)"))
        #expect(title.hasPrefix("Crossings · Ghulam"))
    }
}
