import DashboardCore
import Testing
@testable import DashboardUI

@Suite struct DeadlinesPaneTests {
    static let small = Layout(width: 80, height: 24)
    static let large = Layout(width: 200, height: 60)

    static func render(_ state: AppState, layout: Layout) -> Screen {
        let rect = layout.deadlines
        var screen = Screen(width: rect.width, height: rect.height, boxCharset: state.options.ascii ? .ascii : .unicode)
        DeadlinesPane.draw(state, in: Rect(row: 0, col: 0, width: rect.width, height: rect.height), on: &screen)
        return screen
    }

    static func instant(_ text: String) -> Instant { Instant(rfc3339: text)! }

    /// Twelve deadlines (more than fit at 80×24), titles in several scripts.
    static let manyDeadlines: Snapshot = {
        let titles = [
            "ACC holders: end of voluntary return period", "PoR cards: end of extended validity",
            "PoR card holders: date to leave", "پی او آر کارڈ: آخری تاریخ", "د پی او آر کارت: وروستۍ نېټه",
            "登记证明卡：截止日期", "Field office report due 📋", "Tab\there and ESC\u{1B}[2J there",
            "Undocumented: phase 1 ended", "Quarterly review", "Camp registration closes", "Transport support ends",
        ]
        let applies: [Deadline.AppliesTo?] = [.acc, .por, .por, .por, .por, .por, nil, .all, .undocumented, nil, .all, .acc]
        let deadlines = titles.indices.map { index in
            Deadline(id: "d\(index)", title: titles[index],
                     due: TestStates.now.adding(seconds: Int64(index - 2) * 86_400 * 3 + 3_661), appliesTo: applies[index])
        }
        return Snapshot(generatedAt: instant("2025-04-07T21:00:00+05:00"), deadlines: deadlines)
    }()

    static func state(_ snapshot: Snapshot, now: Instant = TestStates.now, width: Int = 80, height: Int = 24) -> AppState {
        var store = SnapshotStore()
        store.add(SnapshotFile(path: "/data/snapshot.json",
                               report: ValidationReport(snapshot: snapshot, issues: [], errorCount: 0, warningCount: 0)))
        var state = AppState(sourcePath: "/data", now: now, width: width, height: height)
        state.update(.snapshots(store))
        return state
    }

    @Test func bundledAt80x24() {
        GoldenScreen.check(Self.render(TestStates.bundled(width: 80, height: 24), layout: Self.small), "deadlines-80x24")
    }

    @Test func bundledAt200x60() {
        GoldenScreen.check(Self.render(TestStates.bundled(width: 200, height: 60), layout: Self.large), "deadlines-200x60")
    }

    @Test func asciiAt80x24AndFocused() {
        var state = TestStates.bundled(width: 80, height: 24, ascii: true)
        TestStates.press([.tab, .tab], on: &state)
        #expect(state.focus == .deadlines)
        GoldenScreen.check(Self.render(state, layout: Self.small), "deadlines-80x24-ascii")
    }

    /// The bundled deadlines at clocks that put the soonest open one under
    /// a week away, under a day away, and every one of them past.
    @Test(arguments: [
        ("2025-06-25T09:15:00+05:00", "deadlines-under-week"),
        ("2025-06-30T12:00:00+05:00", "deadlines-under-day"),
        ("2025-09-04T08:00:00+05:00", "deadlines-all-passed"),
    ])
    func countdownsAtSeveralClocks(now: String, golden: String) {
        for (layout, suffix) in [(Self.small, "-80x24"), (Self.large, "-200x60")] {
            let state = TestStates.bundled(width: layout.width, height: layout.height, now: Self.instant(now))
            GoldenScreen.check(Self.render(state, layout: layout), golden + suffix)
        }
    }

    @Test func markersReadWithoutColour() {
        let text = Self.render(TestStates.bundled(width: 200, height: 60, now: Self.instant("2025-06-30T12:00:00+05:00")), layout: Self.large).text
        #expect(text.contains("PAST passed 90d ago"))
        #expect(text.contains("<24h    0d 11:59:59"))
        #expect(text.contains("62d 12:00:00"))
        let narrow = Self.render(TestStates.bundled(width: 80, height: 24, now: Self.instant("2025-06-30T12:00:00+05:00")), layout: Self.small).text
        #expect(narrow.contains("<24h    0d 11:59:59"))
    }

    /// Below 120 columns the markers used to become `!!` and `!`, and `PAST`
    /// went: at every width the dashboard draws, the words stay. At
    /// 2025-06-25 09:15 PKT the PoR deadline (06-30 23:59:59) is 5d 14:44:59
    /// away (`<7d`) and the ACC one (03-31 23:59) passed 85d ago (`PAST`); at
    /// 06-30 12:00 the PoR one is 11:59:59 away (`<24h`).
    @Test(arguments: Array(stride(from: 80, through: 240, by: 1)))
    func markerWordsAtEveryWidth(width: Int) {
        let week = DashboardView.render(TestStates.bundled(width: width, height: 30, now: Self.instant("2025-06-25T09:15:00+05:00"))).text
        #expect(week.contains("<7d     5d 14:44:59"), "width \(width)")
        #expect(week.contains("PAST passed 85d ago"), "width \(width)")
        let day = DashboardView.render(TestStates.bundled(width: width, height: 30, now: Self.instant("2025-06-30T12:00:00+05:00"))).text
        #expect(day.contains("<24h    0d 11:59:59"), "width \(width)")
        #expect(!day.contains("!!"), "width \(width)")
    }

    @Test func asciiModeWritesOnlyASCII() {
        for now in ["2025-04-07T21:30:00+05:00", "2025-06-30T12:00:00+05:00", "2025-06-25T09:15:00+05:00"] {
            for layout in [Self.small, Self.large] {
                let state = TestStates.bundled(width: layout.width, height: layout.height, ascii: true, now: Self.instant(now))
                #expect(Self.render(state, layout: layout).text.unicodeScalars.allSatisfy { $0.isASCII })
            }
        }
    }

    @Test func countdownTicksEverySecond() {
        var state = TestStates.bundled(width: 80, height: 24)
        let before = Self.render(state, layout: Self.small)
        state.update(.tick(TestStates.now.adding(seconds: 1)))
        let after = Self.render(state, layout: Self.small)
        #expect(before != after)
        let soonest = DeadlineCountdown.make(deadlines: state.data!.snapshot.deadlines, now: TestStates.now)[1]
        #expect(before.text.contains(soonest.text))
        // Due 2025-06-30T23:59:59+05:00, now 2025-04-07T21:10:00+05:00: 84 days, 2 h 49 min 59 s.
        #expect(soonest.text == "84d 02:49:59")
        #expect(after.text.contains("84d 02:49:58"))
    }

    @Test func scrollsAndSaysWhichRowsAreShown() {
        var state = Self.state(Self.manyDeadlines)
        GoldenScreen.check(Self.render(state, layout: Self.small), "deadlines-many-80x24")
        TestStates.press([.tab, .tab, .end], on: &state)
        let screen = Self.render(state, layout: Self.small)
        GoldenScreen.check(screen, "deadlines-many-80x24-end")
        #expect(screen.lines()[0].contains("Deadlines 5-12 of 12"))
        GoldenScreen.check(Self.render(Self.state(Self.manyDeadlines, width: 200, height: 60), layout: Self.large), "deadlines-many-200x60")
    }

    @Test func noRawControlCharactersAndBordersStayPut() {
        for layout in [Self.small, Self.large] {
            let screen = Self.render(Self.state(Self.manyDeadlines, width: layout.width, height: layout.height), layout: layout)
            for cell in screen.cells {
                #expect(!cell.symbol.unicodeScalars.contains(where: TerminalSafeText.isUnsafe))
            }
            for line in screen.lines() { #expect(TextWidth.of(line) == layout.deadlines.width) }
        }
    }

    @Test func scrollPositionPastTheEndIsClamped() {
        var state = TestStates.bundled(width: 80, height: 24)
        state.deadlineScrollTop = 40
        #expect(Self.render(state, layout: Self.small) == Self.render(TestStates.bundled(width: 80, height: 24), layout: Self.small))
    }

    @Test func noDeadlinesAndNoSnapshot() {
        let empty = Self.render(Self.state(Snapshot(generatedAt: TestStates.now)), layout: Self.small)
        #expect(empty.text.contains("No deadlines in this snapshot"))
        let none = Self.render(AppState(sourcePath: "/data", now: TestStates.now, width: 80, height: 24), layout: Self.small)
        #expect(none.text.contains("Waiting for a valid snapshot"))
    }
}
