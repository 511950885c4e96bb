import DashboardCore
import Testing
@testable import DashboardUI

/// Alerts on the dashboard, driven through `update` as the run loop does:
/// the header badge, `!`, `a`, Enter, the bell, and fire/ack/clear/fire again.
@Suite struct AlertsStateTests {
    static func instant(_ time: String) -> Instant { Instant(rfc3339: "2025-04-07T\(time):00+05:00")! }

    /// A snapshot at `time`: Peshawar and Kohat with one camp each, and
    /// Torkham with 1,000 a day from 03-30 to 04-05 and `lastDay` on 04-06.
    static func snapshot(_ time: String, peshawar: Int, kohat: Int, lastDay: Int = 3_000) -> Snapshot {
        let days = (0..<7).map { CalendarDay(parsing: "2025-03-30")!.adding(days: $0) }
        return Snapshot(
            generatedAt: instant(time),
            districts: [
                District(id: "peshawar", name: "Peshawar", province: "Khyber Pakhtunkhwa",
                         camps: [Camp(id: "peshawar-1", name: "Kababian", status: .open, population: peshawar)]),
                District(id: "kohat", name: "Kohat", province: "Khyber Pakhtunkhwa",
                         camps: [Camp(id: "kohat-1", name: "Ghamkol", status: .open, population: kohat)]),
            ],
            crossings: days.map { Crossing(date: $0, point: "Torkham", total: 1_000) }
                + [Crossing(date: CalendarDay(parsing: "2025-04-06")!, point: "Torkham", total: lastDay)])
    }

    static func store(_ snapshots: [Snapshot]) -> SnapshotStore {
        var store = SnapshotStore()
        for (index, snapshot) in snapshots.enumerated() {
            store.add(SnapshotFile(path: "/s/\(index).json", report: ValidationReport(snapshot: snapshot, issues: [], errorCount: 0, warningCount: 0)))
        }
        return store
    }

    static let rules = [
        // Peshawar 2,000 → 2,400 is +20 %: critical; Kohat 1,000 → 1,050 is +5 %: quiet.
        AlertRule(name: "Population shift", kind: .populationChange(district: nil, withinHours: nil),
                  thresholds: AlertThresholds(direction: .above, warning: 10, critical: 15)),
        AlertRule(name: "Stale feed", kind: .stale, thresholds: AlertThresholds(direction: .above, warning: 30, critical: nil)),
        // 3,000 on 04-06 against 1,000 a day before it: ratio 3.
        AlertRule(name: "Torkham surge", kind: .crossingSurge(point: "Torkham", minCount: 0),
                  thresholds: AlertThresholds(direction: .above, warning: 1.5, critical: nil)),
    ]

    /// Snapshots at 17:00 and 18:00 applied at 18:10 (the population and the
    /// surge fire), then the clock at 18:31 (the 18:00 snapshot is 31 minutes
    /// old: stale fires).
    static func firingState(bell: Bool = false) -> AppState {
        var state = AppState(sourcePath: "/s", now: instant("18:10"), width: 120, height: 40,
                             options: DisplayOptions(alertRules: rules, bell: bell))
        state.update(.snapshots(store([snapshot("17:00", peshawar: 2_000, kohat: 1_000), snapshot("18:00", peshawar: 2_400, kohat: 1_050)])))
        state.update(.tick(instant("18:31")))
        return state
    }

    @Test func theHeaderCountsFiringAlertsInWords() {
        let state = Self.firingState()
        let header = DashboardView.render(state).lines()[0]
        #expect(header.hasSuffix("1 CRIT 2 WARN"))
        let quiet = AppState(sourcePath: "/s", now: Self.instant("18:10"), width: 120, height: 40, options: DisplayOptions(alertRules: Self.rules))
        #expect(!DashboardView.render(quiet).lines()[0].contains("CRIT"))
    }

    @Test func bangListsRuleSeveritySinceFigureThresholdAndAcknowledgement() {
        var state = Self.firingState()
        TestStates.press([.character("!")], on: &state)
        let lines = DashboardView.render(state).lines()
        let listed = lines.filter { $0.contains("CRIT  ") || $0.contains("WARN  ") }
        #expect(listed.count == 3)
        // Critical first, then the oldest: the surge fired at 18:10, stale at 18:31.
        #expect(listed[0].contains("CRIT  Population shift  Peshawar +20.0%, critical above 15%  since 18:10  new"))
        #expect(listed[1].contains("WARN  Torkham surge  Torkham ratio 3.00, warning above 1.5  since 18:10  new"))
        #expect(listed[2].contains("WARN  Stale feed  snapshots 31.0 minutes old, warning above 30 minutes  since 18:31  new"))
        TestStates.press([.escape], on: &state)
        #expect(!state.isShowingAlerts)
    }

    @Test func acknowledgedAlertsStayListedDimmed() throws {
        var state = Self.firingState()
        let effects = TestStates.press([.character("!"), .character("j"), .character("a")], on: &state)
        let surge = try #require(state.alertEntries.first { $0.alert.rule.name == "Torkham surge" })
        #expect(effects == [.alerts([.acknowledged(surge.alert)])])
        #expect(state.alertEntries.map(\.isAcknowledged) == [false, true, false])
        let screen = DashboardView.render(state)
        let row = try #require(screen.lines().firstIndex { $0.contains("Torkham surge") })
        let col = try #require(screen.lines()[row].range(of: "WARN").map { screen.lines()[row].distance(from: screen.lines()[row].startIndex, to: $0.lowerBound) })
        #expect(screen.lines()[row].contains("acknowledged"))
        #expect(screen[row, col].style.foreground == .muted, "dimmed")
        #expect(DashboardView.render(state).lines()[0].hasSuffix("1 CRIT 2 WARN"), "still firing, still counted")
    }

    @Test func enterGoesToTheDistrictOrThePoint() {
        var state = Self.firingState()
        TestStates.press([.character("!"), .enter], on: &state)
        #expect(!state.isShowingAlerts)
        #expect(state.drillDown?.districtID == "peshawar")
        #expect(state.breadcrumb == ["All districts", "Peshawar"])
        var other = Self.firingState()
        TestStates.press([.character("c"), .character("!"), .down, .enter], on: &other)
        #expect(other.focus == .crossings)
        #expect(other.currentPoint?.point == "Torkham")
    }

    @Test func theBellRingsForANewCriticalOnlyWhenAskedFor() {
        let snapshots = [Self.snapshot("17:00", peshawar: 2_000, kohat: 1_000), Self.snapshot("18:00", peshawar: 2_400, kohat: 1_050)]
        var quiet = AppState(sourcePath: "/s", now: Self.instant("18:10"), width: 120, height: 40, options: DisplayOptions(alertRules: Self.rules))
        #expect(!quiet.update(.snapshots(Self.store(snapshots))).contains(.bell))
        var ringing = AppState(sourcePath: "/s", now: Self.instant("18:10"), width: 120, height: 40,
                               options: DisplayOptions(alertRules: Self.rules, bell: true))
        #expect(ringing.update(.snapshots(Self.store(snapshots))).contains(.bell))
        // A warning alone (stale at 18:31) does not ring.
        #expect(!ringing.update(.tick(Self.instant("18:31"))).contains(.bell))
    }

    @Test func acknowledgeThenClearThenFireAgainAcrossSnapshots() throws {
        var state = Self.firingState()
        TestStates.press([.character("!"), .character("a"), .escape], on: &state)
        #expect(state.alertEntries.first?.isAcknowledged == true)
        // 19:00 holds Peshawar at 2,400: 0 % since 18:00, cleared.
        var history = [Self.snapshot("17:00", peshawar: 2_000, kohat: 1_000), Self.snapshot("18:00", peshawar: 2_400, kohat: 1_050),
                       Self.snapshot("19:00", peshawar: 2_400, kohat: 1_050)]
        let cleared = state.update(.snapshots(Self.store(history)))
        let transitions = try #require(cleared.first { if case .alerts = $0 { true } else { false } })
        guard case .alerts(let list) = transitions else { return }
        #expect(list.contains { if case .cleared(let last) = $0 { last.rule.name == "Population shift" } else { false } })
        #expect(!state.alertEntries.contains { $0.alert.rule.name == "Population shift" })
        // 20:00: 2,400 → 2,900 is +20.8 %: it fires again, new, not acknowledged.
        history.append(Self.snapshot("20:00", peshawar: 2_900, kohat: 1_050))
        state.update(.snapshots(Self.store(history)))
        let again = try #require(state.alertEntries.first { $0.alert.rule.name == "Population shift" })
        #expect(!again.isAcknowledged)
        #expect(again.alert.severity == .critical)
    }
}

extension AlertsStateTests {
    @Test func sinceNamesTheDayWhenItWasNotToday() {
        let zone = SnapshotTimeZone(identifier: "Asia/Karachi")
        // 18:31 +05:00 on 04-07 seen at 23:00 the same day, then at 00:30 on 04-08 (Karachi).
        #expect(AlertsOverlay.sinceText(Self.instant("18:31"), now: Self.instant("23:00"), zone: zone) == "18:31")
        #expect(AlertsOverlay.sinceText(Self.instant("18:31"), now: Instant(rfc3339: "2025-04-08T00:30:00+05:00")!, zone: zone) == "04-07 18:31")
    }

    @Test func theListIsASCIIInASCIIMode() {
        var state = AppState(sourcePath: "/s", now: Self.instant("18:10"), width: 120, height: 40,
                             options: DisplayOptions(ascii: true, alertRules: Self.rules + [AlertRule.campStatus(name: "Camps", district: nil, severity: .warning)]))
        var before = Self.snapshot("17:00", peshawar: 2_000, kohat: 1_000)
        var after = Self.snapshot("18:00", peshawar: 2_400, kohat: 1_050)
        before.districts[1].camps[0].status = .open
        after.districts[1].camps[0].status = .closed
        state.update(.snapshots(Self.store([before, after])))
        TestStates.press([.character("!")], on: &state)
        let text = DashboardView.render(state).lines().joined(separator: "\n")
        #expect(text.contains("WARN  Camps  Ghamkol was open, now closed"))
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
    }
}
