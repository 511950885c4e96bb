import DashboardCore
import Foundation
import Testing

/// `repatdash check` through the built binary: the plugin's first line,
/// perfdata, long output and, above all, the exit status monitoring reads.
@Suite struct CheckCommandTests {
    /// Torkham's rows for a snapshot generated 2025-04-07 18:00 (+05:00): the
    /// last complete day is 04-06 and the 7 days before it, 03-30 ... 04-05,
    /// hold 1,000 + 2,000 + 3,000 + 2,500 + 3,500 = 12,000 on 5 days (no rows
    /// 04-02, 04-04): a mean of 2,400. 04-06 has `lastDay`.
    static func snapshot(lastDay: Int, generatedAt: String = "2025-04-07T18:00:00+05:00", peshawar: Int = 2_000) -> [UInt8] {
        let rows = [("2025-03-30", 1_000), ("2025-03-31", 2_000), ("2025-04-01", 3_000), ("2025-04-03", 2_500),
                    ("2025-04-05", 3_500), ("2025-04-06", lastDay), ("2025-04-07", 900)]
        let snapshot = Snapshot(
            generatedAt: Instant(rfc3339: generatedAt)!,
            districts: [District(id: "peshawar", name: "Peshawar", province: "Khyber Pakhtunkhwa",
                                 camps: [Camp(id: "peshawar-1", name: "Kababian", status: .open, population: peshawar)])],
            crossings: rows.map { Crossing(date: CalendarDay(parsing: $0.0)!, point: "Torkham", total: $0.1) },
            deadlines: [])
        return SnapshotEncoder(pretty: true).encode(snapshot)
    }

    static let rules = """
        [[alert]]
        name = "Stale feed"
        kind = "stale"
        warning_minutes = 30
        critical_minutes = 60

        [[alert]]
        name = "Torkham surge"
        kind = "crossing_surge"
        point = "Torkham"
        warning_ratio = 1.5
        critical_ratio = 2
        min_count = 500
        """

    /// A directory with one snapshot and a config file with `rules`.
    final class Setup {
        let directory: ScratchDirectory
        let config: String
        init(lastDay: Int, rules: String = CheckCommandTests.rules) throws {
            directory = try ScratchDirectory()
            try Data(CheckCommandTests.snapshot(lastDay: lastDay)).write(to: URL(fileURLWithPath: directory.path + "/2025-04-07T1800.json"))
            config = try directory.write("rules.toml", rules)
        }
        func check(now: String, _ extra: [String] = []) throws -> RepatdashProcess.Result {
            try RepatdashProcess.run(["check", directory.path, "--config", config, "--now", now] + extra)
        }
    }

    @Test func okExitsZeroWithPerfdataForEveryRule() throws {
        // 20 minutes old (1,200 s); 3,600 / 2,400 = 1.5 exactly: on the line, not past it.
        let result = try Setup(lastDay: 3_600).check(now: "2025-04-07T18:20:00+05:00")
        #expect(result.status == 0)
        #expect(result.lines[0] == "OK - 2 rules, none firing (snapshot 2025-04-07T18:00:00+05:00) | 'Stale feed'=1200s;1800;3600;0; 'Torkham surge'=1.5;1.5;2;0;")
        #expect(result.lines.count == 2 && result.lines[1] == "", "no long output when nothing fires")
    }

    @Test func warningExitsOneAndNamesTheRule() throws {
        // 45 minutes old: past 30, not past 60.
        let result = try Setup(lastDay: 3_600).check(now: "2025-04-07T18:45:00+05:00")
        #expect(result.status == 1)
        #expect(result.lines[0].hasPrefix("WARNING - 1 warning: Stale feed (snapshot 2025-04-07T18:00:00+05:00) | 'Stale feed'=2700s;1800;3600;0;"))
        #expect(result.lines[1] == "WARNING: Stale feed: snapshots 45.0 minutes old, warning above 30 minutes (newest snapshot generated at 2025-04-07T18:00:00+05:00)")
    }

    @Test func criticalExitsTwoWithOneLinePerFiringRuleWorstFirst() throws {
        // 4,801 / 2,400 = 2.0004: critical; 45 minutes old: warning.
        let result = try Setup(lastDay: 4_801).check(now: "2025-04-07T18:45:00+05:00")
        #expect(result.status == 2)
        #expect(result.lines[0].hasPrefix("CRITICAL - 1 critical, 1 warning: Torkham surge, Stale feed (snapshot"))
        #expect(result.lines[0].hasSuffix("'Torkham surge'=2;1.5;2;0;"), "2.0004 with 3 decimals is 2")
        #expect(result.lines[1] == "CRITICAL: Torkham surge: Torkham ratio 2.00, critical above 2 (4,801 on 2025-04-06 against a mean of 2,400.0 over 5 of 7 days (2025-03-30 to 2025-04-05))")
        #expect(result.lines[2].hasPrefix("WARNING: Stale feed:"))
    }

    @Test func aQuietDayUnderMinCountDoesNotPage() throws {
        // 4,801 on the day is a ratio of 2.0004, but under min_count 5,000: it stays OK.
        let quiet = Self.rules.replacingOccurrences(of: "min_count = 500", with: "min_count = 5000")
        let result = try Setup(lastDay: 4_801, rules: quiet).check(now: "2025-04-07T18:10:00+05:00")
        #expect(result.status == 0)
        #expect(result.lines[0].contains("'Torkham surge'=2;1.5;2;0;"), "still measured and graphed")
    }

    @Test func jsonForScripts() throws {
        let result = try Setup(lastDay: 4_801).check(now: "2025-04-07T18:10:00+05:00", ["--format", "json"])
        #expect(result.status == 2)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(root["state"] as? String == "CRITICAL")
        #expect(root["exit_status"] as? Int == 2)
        let alerts = try #require(root["alerts"] as? [[String: Any]])
        #expect(alerts.map { $0["rule"] as? String } == ["Torkham surge"])
        #expect(alerts.first?["subject"] as? String == "Torkham")
        #expect(alerts.first?["threshold"] as? Double == 2)
    }

    // MARK: UNKNOWN

    @Test func noValidSnapshotIsUnknown() throws {
        let setup = try Setup(lastDay: 3_600)
        try FileManager.default.removeItem(atPath: setup.directory.path + "/2025-04-07T1800.json")
        try setup.directory.write("2025-04-07T1900.json", "{\"schema_version\": 1")
        let result = try setup.check(now: "2025-04-07T18:20:00+05:00")
        #expect(result.status == 3)
        #expect(result.lines[0] == "UNKNOWN - no valid snapshot in \(setup.directory.path)")
        #expect(result.lines[1].hasPrefix(setup.directory.path + "/2025-04-07T1900.json: "))
    }

    @Test func aBrokenRuleFileIsUnknownWithFileLineAndKey() throws {
        let setup = try Setup(lastDay: 3_600, rules: """
            [[alert]]
            name = "Surge"
            kind = "crossing_surge"
            warning_ratio = "1.5"

            [[alert]]
            name = "Typo"
            kind = "stael"

            [[alert]]
            kind = "stale"
            warning_minutes = 30
            critical_minute = 60
            """)
        let result = try setup.check(now: "2025-04-07T18:20:00+05:00")
        #expect(result.status == 3)
        #expect(result.lines[0] == "UNKNOWN - broken config file")
        let file = setup.config
        // The missing point is reported on its table's header line; the wrong type on its own line.
        #expect(result.lines[1] == "\(file):1: [[alert]] \"Surge\": point: missing; write point = the name of a crossing point, such as \"Torkham\"")
        #expect(result.lines[2] == "\(file):4: [[alert]] \"Surge\": warning_ratio: expected a number, such as 24 or 1.5, got a string (\"1.5\")")
        #expect(result.lines[3] == "\(file):8: [[alert]] \"Typo\": kind: unknown kind \"stael\" (kinds: deadline, stale, crossing_surge, population_change, camp_status, rejected_snapshots)")
        #expect(result.lines.contains("\(file):10: [[alert]]: name: missing; write name = \"Torkham surge\""))
        #expect(result.lines.contains { $0.hasPrefix("\(file):13: [[alert]]: critical_minute: unknown key for a stale rule") })
    }

    /// `since` is "previous" or "shift_start", and not beside `within_hours`.
    @Test func populationChangeSinceIsCheckedWithFileAndLine() throws {
        let setup = try Setup(lastDay: 3_600, rules: """
            [[alert]]
            name = "Shift change"
            kind = "population_change"
            since = "shift_start"
            warning_percent = 10

            [[alert]]
            name = "Yesterday"
            kind = "population_change"
            since = "yesterday"
            warning_percent = 10

            [[alert]]
            name = "Both"
            kind = "population_change"
            since = "shift_start"
            within_hours = 6
            warning_percent = 10
            """)
        let result = try setup.check(now: "2025-04-07T18:20:00+05:00")
        #expect(result.status == 3)
        let file = setup.config
        #expect(result.lines.contains("\(file):10: [[alert]] \"Yesterday\": since: must be \"previous\" or \"shift_start\", got \"yesterday\""), "\(result.lines)")
        #expect(result.lines.contains { $0.hasPrefix("\(file):") && $0.contains("\"Both\": since: give since or within_hours, not both") }, "\(result.lines)")
        #expect(!result.lines.contains { $0.contains("\"Shift change\"") }, "a valid since is not refused: \(result.lines)")
    }

    @Test func contradictoryThresholdsAndDuplicateNamesAreRefused() throws {
        let setup = try Setup(lastDay: 3_600, rules: """
            [[alert]]
            name = "Feed"
            kind = "stale"
            warning_minutes = 60
            critical_minutes = 30

            [[alert]]
            name = "Feed"
            kind = "rejected_snapshots"
            warning_count = 1
            clear_warning_count = 2

            [[alert]]
            name = "Feed"
            kind = "deadline"
            warning_hours = 24
            """)
        let result = try setup.check(now: "2025-04-07T18:20:00+05:00")
        #expect(result.status == 3)
        let file = setup.config
        #expect(result.lines[1] == "\(file):5: [[alert]] \"Feed\": critical_minutes: must be more than or equal to warning_minutes (60), got 30")
        #expect(result.lines[2] == "\(file):8: [[alert]] \"Feed\": name: \"Feed\" is already the name of the rule on line 2; each rule needs its own name")
        #expect(result.lines[3] == "\(file):11: [[alert]] \"Feed\": clear_warning_count: must be at or below warning_count (1), got 2")
        #expect(result.lines[4] == "\(file):14: [[alert]] \"Feed\": name: \"Feed\" is already the name of the rule on line 2; each rule needs its own name")
    }

    @Test func noRulesAndUsageErrorsAreUnknown() throws {
        let setup = try Setup(lastDay: 3_600, rules: "theme = \"default\"\n")
        let noRules = try setup.check(now: "2025-04-07T18:20:00+05:00")
        #expect(noRules.status == 3)
        #expect(noRules.lines[0].hasPrefix("UNKNOWN - no [[alert]] rules in "))
        let badNow = try setup.check(now: "yesterday")
        #expect(badNow.status == 3, "a plugin's usage error is UNKNOWN, not 2 (CRITICAL to Nagios)")
        #expect(badNow.lines[0].hasPrefix("UNKNOWN - "))
        #expect(badNow.lines[0].contains("--now must be an RFC 3339 time"))
    }

    @Test func theDashboardRefusesABrokenRuleFileToo() throws {
        let setup = try Setup(lastDay: 3_600, rules: "[[alert]]\nname = \"x\"\nkind = 5\n")
        let result = try RepatdashProcess.run(["render", setup.directory.path, "--config", setup.config, "--now", "2025-04-07T18:20:00+05:00"])
        #expect(result.status == 2)
        #expect(result.standardError == "\(setup.config):3: [[alert]] \"x\": kind: expected a string: one of deadline, stale, crossing_surge, population_change, camp_status, rejected_snapshots, got an integer (5)\n")
    }
}

/// `render --config`: a report shows what fires.
@Suite struct RenderAlertsTests {
    @Test func theFrameShowsTheBadgeAndTheListWhenAlertsFire() throws {
        let setup = try CheckCommandTests.Setup(lastDay: 4_801)
        let result = try RepatdashProcess.run(["render", setup.directory.path, "--config", setup.config,
                                               "--now", "2025-04-07T18:45:00+05:00", "--size", "120x30"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.lines[0].hasSuffix("1 CRIT 1 WARN"))
        #expect(result.standardOutput.contains("CRIT  Torkham surge  Torkham ratio 2.00, critical above 2  since 18:45  new"))
        #expect(result.standardOutput.contains("WARN  Stale feed  snapshots 45.0 minutes old, warning above 30 minutes  since 18:45  new"))
        // Nothing firing (20 minutes old, ratio 1.5 on the line): no badge, no list.
        let onTheLine = try CheckCommandTests.Setup(lastDay: 3_600)
        let quiet = try RepatdashProcess.run(["render", onTheLine.directory.path, "--config", onTheLine.config,
                                              "--now", "2025-04-07T18:20:00+05:00", "--size", "120x30"])
        #expect(quiet.standardOutput.contains("Peshawar"), "the snapshot is on screen")
        #expect(!quiet.standardOutput.contains("CRIT") && !quiet.standardOutput.contains("WARN"))
        #expect(!quiet.standardOutput.contains("─ Alerts"))
    }
}
