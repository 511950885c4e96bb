import Foundation
import Testing

/// `render` (and `validate`) on snapshot files written to hit each edge of
/// the crossing windows: the week missing, yesterday missing, rows dated
/// after the snapshot's day, a window across two years, a share of almost
/// all. Figures worked out by hand beside each.
@Suite struct RenderCrossingWindowTests {
    typealias Row = (date: String, total: Int, deported: Int?)

    /// A snapshot of Torkham's `rows`, generated at `generatedAt`, in Asia/Karachi.
    static func snapshot(generatedAt: String, rows: [Row]) -> String {
        let crossings = rows.map { row in
            "{\"date\": \"\(row.date)\", \"point\": \"Torkham\", \"total\": \(row.total)"
                + (row.deported.map { ", \"deported\": \($0)" } ?? "") + "}"
        }
        return """
        {"schema_version": 1, "generated_at": "\(generatedAt)", "timezone": "Asia/Karachi", "source": "edge case",
         "districts": [], "crossings": [\(crossings.joined(separator: ",\n"))], "deadlines": []}
        """
    }

    /// Writes the snapshot into a directory of its own and renders it at 120×40.
    static func render(generatedAt: String, now: String, rows: [Row]) throws -> (directory: ScratchDirectory, file: String, screen: String) {
        let directory = try ScratchDirectory()
        let file = try directory.write("snapshot.json", snapshot(generatedAt: generatedAt, rows: rows))
        let result = try RepatdashProcess.run(["render", directory.path, "--size", "120x40", "--now", now])
        try #require(result.status == 0, "\(result.standardError)")
        return (directory, file, result.standardOutput)
    }

    /// 08-10 3,000; 08-11 … 08-16 2,000, 2,100, 1,900, 2,050, 2,153, 2,100
    /// (12,303); no row for 08-17.
    static let weekWithoutYesterday: [Row] = [
        ("2025-08-10", 3_000, nil),
        ("2025-08-11", 2_000, nil), ("2025-08-12", 2_100, nil), ("2025-08-13", 1_900, nil),
        ("2025-08-14", 2_050, nil), ("2025-08-15", 2_153, nil), ("2025-08-16", 2_100, nil),
    ]

    @Test func yesterdayMissing() throws {
        // 20:30 UTC on 17 August is 01:30 on 18 August in Karachi: the snapshot's
        // day is 08-18, whose row (so far 700) is today's.
        let screen = try Self.render(generatedAt: "2025-08-17T20:30:00Z", now: "2025-08-17T20:40:00Z",
                                     rows: Self.weekWithoutYesterday + [("2025-08-18", 700, nil)]).screen
        // 12,303 / 6 = 2,050.5 over 08-11 … 08-17; the week ending at the last
        // row (08-10 … 08-16) would have said (3,000 + 12,303) / 7 = 2,186.1.
        #expect(screen.contains("7-day avg 08-11–08-17 2,050.5 (6 of 7 days)"), "\(screen)")
        #expect(!screen.contains("2,186.1"))
        #expect(screen.contains("Today 08-18 so far 700"))
        #expect(screen.contains("Last day 08-17 – (no row)"))
        // 3,000 + 12,303 + 700 = 16,003
        #expect(screen.contains("Total since 08-10 16,003"))
    }

    @Test func theWeekMissing() throws {
        // Rows 08-04 … 08-10 (3,000 each) and today: nothing in 08-11 … 08-17.
        let older: [Row] = (4...10).map { ("2025-08-" + ($0 < 10 ? "0" : "") + String($0), 3_000, nil) }
        let screen = try Self.render(generatedAt: "2025-08-18T15:00:00+05:00", now: "2025-08-18T15:05:00+05:00",
                                     rows: older + [("2025-08-18", 700, nil)]).screen
        #expect(screen.contains("7-day avg 08-11–08-17 – (0 of 7 days)"), "\(screen)")
        #expect(!screen.contains("3,000.0"))
        // 7 × 3,000 + 700 = 21,700
        #expect(screen.contains("Total since 08-04 21,700"))
    }

    @Test func rowsDatedAfterTheSnapshotsDay() throws {
        // 08-17 1,000 (deported 100) and today 700 (deported 70) count: 1,700 and
        // 170 / 1,700 = 10.0%. 08-19 (5,000, all deported) and 08-20 (9,000) are
        // after the snapshot's day 08-18: counted nowhere, and warned about.
        let rendered = try Self.render(generatedAt: "2025-08-18T15:00:00+05:00", now: "2025-08-18T15:05:00+05:00", rows: [
            ("2025-08-17", 1_000, 100), ("2025-08-18", 700, 70), ("2025-08-19", 5_000, 5_000), ("2025-08-20", 9_000, nil),
        ])
        #expect(rendered.screen.contains("Total since 08-17 1,700"), "\(rendered.screen)")
        #expect(rendered.screen.contains("Deported 10.0%"))
        #expect(!rendered.screen.contains("14,700") && !rendered.screen.contains("9,000"))
        #expect(rendered.screen.contains("! 2 warnings"))

        let validate = try RepatdashProcess.run(["validate", rendered.file, "--now", "2025-08-18T15:05:00+05:00"])
        #expect(validate.status == 0)
        #expect(validate.lines.contains("\(rendered.file): crossings[2].date: warning: 2025-08-19 is after the snapshot's own day 2025-08-18 (generated_at in Asia/Karachi): the row is counted nowhere"),
                "\(validate.standardOutput)")
        #expect(validate.lines.contains { $0.hasPrefix("\(rendered.file): crossings[3].date: warning: 2025-08-20 is after") })
        #expect(validate.standardOutput.contains("1 valid, 0 invalid; 0 errors, 2 warnings"))
    }

    @Test func aWindowAcrossTwoYears() throws {
        // One crossing a day from 2024-08-19 to 2025-01-03: 138 days, 138 people.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let formatter = DateFormatter()
        formatter.calendar = calendar
        formatter.timeZone = calendar.timeZone
        formatter.dateFormat = "yyyy-MM-dd"
        var rows: [Row] = []
        var date = formatter.date(from: "2024-08-19")!
        while formatter.string(from: date) <= "2025-01-03" {
            rows.append((formatter.string(from: date), 1, nil))
            date = calendar.date(byAdding: .day, value: 1, to: date)!
        }
        #expect(rows.count == 138)
        let screen = try Self.render(generatedAt: "2025-01-03T12:00:00+05:00", now: "2025-01-03T12:05:00+05:00", rows: rows).screen
        #expect(screen.contains("Total since 2024-08-19 138"), "\(screen)")
        // The chart's 70 days (2024-10-26 … 2025-01-03) span the new year: the
        // axis labels carry it, one every 14 days back from today.
        #expect(screen.contains(" 2024-12-06 ") && screen.contains(" 2025-01-03│"))
        #expect(!screen.contains(" 12-06 "))
        // One day is no window: today and yesterday keep the short form.
        #expect(screen.contains("Today 01-03 so far 1"))
        #expect(screen.contains("Last day 01-02 1"))
    }

    @Test func aShareOfAlmostAllIsNotAll() throws {
        // 1,999 of 2,000 deported is 99.95%: shown 99.9%, never 100.0%.
        let screen = try Self.render(generatedAt: "2025-08-18T15:00:00+05:00", now: "2025-08-18T15:05:00+05:00",
                                     rows: [("2025-08-17", 2_000, 1_999)]).screen
        #expect(screen.contains("Deported 99.9%"), "\(screen)")
        #expect(!screen.contains("100.0%"))
    }
}
