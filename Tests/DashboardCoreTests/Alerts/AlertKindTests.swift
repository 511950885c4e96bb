import Testing
@testable import DashboardCore

/// Each kind at, below and above its thresholds; every figure worked out by
/// hand in the comment beside it.
@Suite("Alert rules, kind by kind")
struct AlertKindTests {
    typealias F = AlertFixtures

    // MARK: stale

    /// Generated at 18:00; warning after 30 minutes, critical after 60.
    @Test func staleAtBelowAndAboveItsThresholds() {
        let rule = F.rule(.stale, warning: 30, critical: 60)
        let history = [F.snapshot(at: "2025-04-07T18:00:00+05:00")]
        #expect(F.severities(rule, history, now: "2025-04-07T18:29:59+05:00").isEmpty)
        #expect(F.severities(rule, history, now: "2025-04-07T18:30:00+05:00").isEmpty, "exactly 30 minutes old: not older than 30")
        #expect(F.severities(rule, history, now: "2025-04-07T18:30:01+05:00") == ["snapshots": .warning])
        #expect(F.severities(rule, history, now: "2025-04-07T19:00:00+05:00") == ["snapshots": .warning])
        #expect(F.severities(rule, history, now: "2025-04-07T19:00:01+05:00") == ["snapshots": .critical])
        // 90 minutes: 90.0 minutes old.
        let measured = rule.measure(AlertInputs(history: history, rejectedInARow: 0), now: F.instant("2025-04-07T19:30:00+05:00"))
        #expect(measured.map(\.figure) == [90])
        #expect(measured.map(\.figureText) == ["90.0 minutes old"])
    }

    // MARK: deadline

    /// Due 2025-04-08 18:00; warning under 24 hours left, critical under 6.
    @Test func deadlineAtBelowAndAboveItsThresholds() {
        let due = Deadline(id: "por-expiry", title: "PoR cards expire", due: F.instant("2025-04-08T18:00:00+05:00"))
        let later = Deadline(id: "acc-leave", title: "ACC holders leave", due: F.instant("2025-05-01T00:00:00+05:00"))
        let history = [F.snapshot(at: "2025-04-07T12:00:00+05:00", deadlines: [due, later])]
        let rule = F.rule(.deadline(id: "por-expiry"), warning: 24, critical: 6)
        #expect(F.severities(rule, history, now: "2025-04-07T17:59:59+05:00").isEmpty, "24 h 1 s left")
        #expect(F.severities(rule, history, now: "2025-04-07T18:00:00+05:00").isEmpty, "exactly 24 hours left")
        #expect(F.severities(rule, history, now: "2025-04-07T18:00:01+05:00") == ["deadline=por-expiry": .warning])
        #expect(F.severities(rule, history, now: "2025-04-08T12:00:00+05:00") == ["deadline=por-expiry": .warning], "exactly 6 hours left")
        #expect(F.severities(rule, history, now: "2025-04-08T12:00:01+05:00") == ["deadline=por-expiry": .critical])
        #expect(F.severities(rule, history, now: "2025-04-08T18:00:00+05:00").isEmpty, "due now: passed, no longer before it")
        // 2025-04-07 18:00 to 2025-04-08 18:00 is 24 h; at 06:00 12 h are left.
        let measured = rule.measure(AlertInputs(history: history, rejectedInARow: 0), now: F.instant("2025-04-08T06:00:00+05:00"))
        #expect(measured.map(\.figure) == [12])
        // Every deadline: ACC holders leave on 05-01 00:00, 23 days 18 hours = 570 hours after 04-07 06:00.
        let all = F.rule(.deadline(id: nil), warning: 600, critical: 24)
        #expect(F.severities(all, history, now: "2025-04-07T06:00:00+05:00") == ["deadline=por-expiry": .warning, "deadline=acc-leave": .warning])
        #expect(all.measure(AlertInputs(history: history, rejectedInARow: 0), now: F.instant("2025-04-07T06:00:00+05:00")).map(\.figure) == [36, 570])
    }

    // MARK: crossing_surge

    /// Snapshot on 2025-04-07, so the last complete day is 04-06 and the
    /// average runs over 03-30 ... 04-05. Rows there: 03-30 1,000, 03-31 2,000,
    /// 04-01 3,000, 04-03 2,500, 04-05 3,500 (no rows 04-02, 04-04): 5 days,
    /// 12,000, mean 2,400. 03-29 (100,000) is before the span, 04-07 (90,000)
    /// is today's partial row: neither counts.
    static func surgeSnapshot(lastDay: Int?) -> Snapshot {
        var rows = [("2025-03-29", 100_000), ("2025-03-30", 1_000), ("2025-03-31", 2_000), ("2025-04-01", 3_000),
                    ("2025-04-03", 2_500), ("2025-04-05", 3_500), ("2025-04-07", 90_000)]
        if let lastDay { rows.append(("2025-04-06", lastDay)) }
        return F.snapshot(at: "2025-04-07T18:00:00+05:00", crossings: rows.map { Crossing(date: F.day($0.0), point: "Torkham", total: $0.1) }
            + [Crossing(date: F.day("2025-04-06"), point: "Chaman", total: 50_000)])
    }

    @Test func crossingSurgeAtBelowAndAboveItsThresholds() {
        let rule = F.rule(.crossingSurge(point: "Torkham", minCount: 0), warning: 1.5, critical: 2)
        let now = "2025-04-07T18:00:00+05:00"
        #expect(F.severities(rule, [Self.surgeSnapshot(lastDay: 2_400)], now: now).isEmpty, "ratio 1")
        #expect(F.severities(rule, [Self.surgeSnapshot(lastDay: 3_600)], now: now).isEmpty, "3,600 / 2,400 = 1.5 exactly")
        #expect(F.severities(rule, [Self.surgeSnapshot(lastDay: 3_601)], now: now) == ["point=Torkham": .warning])
        #expect(F.severities(rule, [Self.surgeSnapshot(lastDay: 4_800)], now: now) == ["point=Torkham": .warning], "2.0 exactly")
        #expect(F.severities(rule, [Self.surgeSnapshot(lastDay: 4_801)], now: now) == ["point=Torkham": .critical])
        #expect(F.severities(rule, [Self.surgeSnapshot(lastDay: nil)], now: now).isEmpty, "no row for the last complete day: no figure")

        let surge = CrossingSurge(snapshot: Self.surgeSnapshot(lastDay: 4_200), point: "torkham")!
        #expect(surge.day == F.day("2025-04-06"))
        #expect(surge.average.daysCovered == 5)
        #expect(surge.average.sum == 12_000)
        #expect(surge.ratio == 1.75) // 4,200 / 2,400
        #expect(surge.detail == "4,200 on 2025-04-06 against a mean of 2,400.0 over 5 of 7 days (2025-03-30 to 2025-04-05)")
    }

    @Test func aQuietPointUnderMinCountNeverFires() {
        // 4,801 is a ratio over 2, but under min_count 5,000: measured, reported, silent.
        let rule = F.rule(.crossingSurge(point: "Torkham", minCount: 5_000), warning: 1.5, critical: 2)
        let inputs = AlertInputs(history: [Self.surgeSnapshot(lastDay: 4_801)], rejectedInARow: 0)
        let outcome = AlertRuleOutcome.evaluate([rule], on: inputs, now: F.instant("2025-04-07T18:00:00+05:00"))[0]
        #expect(outcome.firing.isEmpty)
        #expect(outcome.measurements.map(\.mayFire) == [false])
        // At min_count exactly, it may fire: 5,000 / 2,400 = 2.083.
        let atMinimum = AlertInputs(history: [Self.surgeSnapshot(lastDay: 5_000)], rejectedInARow: 0)
        #expect(AlertRuleOutcome.evaluate([rule], on: atMinimum, now: F.instant("2025-04-07T18:00:00+05:00"))[0].firing.map(\.severity) == [.critical])
    }

    // MARK: population_change

    /// Peshawar 2,000 (1,200 + 800) in the previous snapshot; warning above
    /// 10 %, critical above 20 %, up or down.
    @Test func populationChangeAtBelowAndAboveItsThresholds() {
        let rule = F.rule(.populationChange(district: nil, withinHours: nil), warning: 10, critical: 20)
        let previous = F.snapshot(at: "2025-04-07T15:00:00+05:00", districts: [F.district("peshawar", [1_200, 800])])
        func latest(_ populations: [Int]) -> [Snapshot] {
            [previous, F.snapshot(at: "2025-04-07T18:00:00+05:00", districts: [F.district("peshawar", populations)])]
        }
        let now = "2025-04-07T18:00:00+05:00"
        #expect(F.severities(rule, latest([1_300, 800]), now: now).isEmpty, "2,100: +5 %")
        #expect(F.severities(rule, latest([1_400, 800]), now: now).isEmpty, "2,200: +10 % exactly")
        #expect(F.severities(rule, latest([1_401, 800]), now: now) == ["district=peshawar": .warning], "2,201: +10.05 %")
        #expect(F.severities(rule, latest([1_600, 800]), now: now) == ["district=peshawar": .warning], "2,400: +20 % exactly")
        #expect(F.severities(rule, latest([799, 800]), now: now) == ["district=peshawar": .critical], "1,599: -20.05 %, a fall counts")
        #expect(F.severities(rule, [previous], now: now).isEmpty, "no previous snapshot: no baseline")
        let text = rule.measure(AlertInputs(history: latest([1_100, 800]), rejectedInARow: 0), now: F.instant(now)).map(\.figureText)
        #expect(text == ["-5.0%"]) // 1,900 against 2,000
    }

    /// Peshawar 1,000 at 12:00, 2,000 at 15:00, 2,200 at 18:00.
    /// Within 4 hours of 18:00 (from 14:00) the oldest is 15:00: +10 %.
    /// Within 6 hours (from 12:00, inclusive) it is 12:00: +120 %.
    @Test func populationChangeWithinHoursTakesTheOldestSnapshotInTheWindow() {
        let history = [("12", 1_000), ("15", 2_000), ("18", 2_200)].map {
            F.snapshot(at: "2025-04-07T\($0.0):00:00+05:00", districts: [F.district("peshawar", [$0.1]), F.district("kohat", [500])])
        }
        let now = "2025-04-07T18:00:00+05:00"
        let fourHours = F.rule(.populationChange(district: "peshawar", withinHours: 4), warning: 9, critical: 100)
        #expect(F.severities(fourHours, history, now: now) == ["district=peshawar": .warning])
        let sixHours = F.rule(.populationChange(district: "peshawar", withinHours: 6), warning: 9, critical: 100)
        #expect(F.severities(sixHours, history, now: now) == ["district=peshawar": .critical])
        #expect(sixHours.measure(AlertInputs(history: history, rejectedInARow: 0), now: F.instant(now)).map(\.figure) == [120])
        let oneHour = F.rule(.populationChange(district: nil, withinHours: 1), warning: 9, critical: 100)
        #expect(F.severities(oneHour, history, now: now).isEmpty, "no other snapshot within the hour")
    }

    /// Peshawar 1,000 at 06:00, 2,000 at 09:00, 2,150 at 12:00 (Asia/Karachi).
    /// With shifts at 08:00 and 20:00, 12:00's shift began at 08:00, whose
    /// baseline is the newest snapshot at or before it, 06:00: 2,150 against
    /// 1,000 is +115 %. Against the previous snapshot (09:00) it is +7.5 %.
    /// With a shift starting at 10:00 instead, the baseline is 09:00: +7.5 %.
    @Test func populationChangeSinceTheStartOfTheShift() throws {
        var store = SnapshotStore()
        for (hour, population) in [("06", 1_000), ("09", 2_000), ("12", 2_150)] {
            let snapshot = F.snapshot(at: "2025-04-07T\(hour):00:00+05:00", districts: [F.district("peshawar", [population])])
            store.add(SnapshotFile(path: "/s/\(hour).json", report: ValidationReport(snapshot: snapshot, issues: [], errorCount: 0, warningCount: 0)))
        }
        let now = F.instant("2025-04-07T12:05:00+05:00")
        let sinceShift = F.rule(.populationChange(district: nil, withinHours: nil, sinceShiftStart: true), warning: 9, critical: 100)
        let shifts = try #require(ShiftStarts(parsing: ["08:00", "20:00"]))
        let measured = sinceShift.measure(AlertInputs(store: store, shiftStarts: shifts), now: now)
        #expect(measured.count == 1 && abs(measured[0].figure - 115) < 1e-9, "\(measured)") // (2,150 − 1,000) / 1,000, in doubles
        #expect(measured.map(\.figureText) == ["+115.0%"])
        #expect(measured.first?.detail.contains("1,000 to 2,150") == true, "\(measured)")
        let outcome = AlertRuleOutcome.evaluate([sinceShift], on: AlertInputs(store: store, shiftStarts: shifts), now: now)
        #expect(outcome.flatMap(\.firing).map(\.severity) == [.critical], "\(outcome)")

        let sincePrevious = F.rule(.populationChange(district: nil, withinHours: nil), warning: 9, critical: 100)
        #expect(sincePrevious.measure(AlertInputs(store: store, shiftStarts: shifts), now: now).map(\.figure) == [7.5])
        let lateShift = try #require(ShiftStarts(parsing: ["10:00"]))
        #expect(sinceShift.measure(AlertInputs(store: store, shiftStarts: lateShift), now: now).map(\.figure) == [7.5])
        // Without a history (a list of snapshots only) there is no shift baseline: nothing to measure.
        #expect(sinceShift.measure(AlertInputs(history: store.history.map(\.snapshot), rejectedInARow: 0), now: now).isEmpty)
    }

    // MARK: camp_status

    @Test func campStatusFiresForCampsThatLostStatusSinceThePreviousSnapshot() {
        let rule = AlertRule.campStatus(name: "camps", district: nil, severity: .critical)
        let before = F.snapshot(at: "2025-04-07T15:00:00+05:00", districts: [
            F.district("haripur", [10, 20, 30, 40], statuses: [.open, .open, .denotified, .closed]),
        ])
        let after = F.snapshot(at: "2025-04-07T18:00:00+05:00", districts: [
            F.district("haripur", [10, 20, 30, 40, 50], statuses: [.denotified, .open, .closed, .closed, .closed]),
        ])
        let now = "2025-04-07T18:00:00+05:00"
        // camp 1 open → denotified, camp 3 denotified → closed; 2 unchanged, 4 already closed, 5 new.
        #expect(F.severities(rule, [before, after], now: now) == ["camp=haripur-1": .critical, "camp=haripur-3": .critical])
        #expect(F.severities(rule, [after], now: now).isEmpty, "no previous snapshot")
        #expect(F.severities(rule, [after, after], now: now).isEmpty, "nothing changed since")
        let warningRule = AlertRule.campStatus(name: "camps", district: "kohat", severity: .warning)
        #expect(F.severities(warningRule, [before, after], now: now).isEmpty, "another district only")
    }

    // MARK: rejected_snapshots

    @Test func rejectedSnapshotsCountsBadFilesAfterTheNewestGoodOne() {
        var store = SnapshotStore()
        let good = F.snapshot(at: "2025-04-07T18:00:00+05:00")
        func rejected(_ path: String) -> SnapshotFile {
            SnapshotFile(path: path, report: ValidationReport(snapshot: nil, issues: [ValidationIssue(.error, .root, "broken")], errorCount: 1, warningCount: 0))
        }
        store.add(rejected("/s/2025-04-07T1500.json"))
        store.add(SnapshotFile(path: "/s/2025-04-07T1800.json", report: ValidationReport(snapshot: good, issues: [], errorCount: 0, warningCount: 0)))
        store.add(rejected("/s/2025-04-07T1815.json"))
        store.add(rejected("/s/2025-04-07T1830.json"))
        let inputs = AlertInputs(store: store)
        #expect(inputs.rejectedInARow == 2, "1815 and 1830; 1500 came before the good file")
        let rule = F.rule(.rejectedSnapshots, warning: 1, critical: 2)
        let now = "2025-04-07T18:30:00+05:00"
        #expect(F.severities(rule, [good], now: now, rejected: 1).isEmpty)
        #expect(F.severities(rule, [good], now: now, rejected: inputs.rejectedInARow) == ["snapshots": .warning], "2: at critical, not past it")
        #expect(F.severities(rule, [good], now: now, rejected: 3) == ["snapshots": .critical])
    }
}
