import Foundation
import Testing
@testable import DashboardCore

/// The shift's history: figures per snapshot, its bounds, and the baselines
/// resolved on it. Figures are worked out by hand in each test.
@Suite struct ShiftHistoryTests {
    /// A snapshot at `time` (Karachi, +05:00) with district "a" of camps a1 (open) and a2 (closed),
    /// district "b" of camp b1 (open) when `withB`, and Torkham crossings on 04-07.
    static func snapshot(_ time: String, a1: Int, a2: Int, b1: Int? = nil, torkham: Int = 100) -> Snapshot {
        var districts = [District(id: "a", name: "Alpha", province: "P", camps: [
            Camp(id: "a1", name: "A one", status: .open, population: a1),
            Camp(id: "a2", name: "A two", status: .closed, population: a2),
        ])]
        if let b1 { districts.append(District(id: "b", name: "Beta", province: "P", camps: [Camp(id: "b1", name: "B one", status: .open, population: b1)])) }
        return Snapshot(
            generatedAt: Instant(rfc3339: "2025-04-07T\(time):00+05:00")!, districts: districts,
            crossings: [
                Crossing(date: CalendarDay(parsing: "2025-04-07")!, point: "Torkham", total: torkham),
                Crossing(date: CalendarDay(parsing: "2025-04-06")!, point: "Chaman", total: 7),
            ]
        )
    }

    static func at(_ time: String) -> Instant { Instant(rfc3339: "2025-04-07T\(time):00+05:00")! }

    @Test func keepsEachSnapshotsFiguresPerDistrictCampAndPoint() throws {
        var history = ShiftHistory()
        history.record(Self.snapshot("06:00", a1: 1_000, a2: 50, b1: 300, torkham: 120), path: "06.json")
        history.record(Self.snapshot("09:00", a1: 940, a2: 50, torkham: 410), path: "09.json")
        let first = try #require(history.oldest), second = try #require(history.newest)
        // a = 1,000 + 50; two camps, one open.
        #expect(history.population(ofDistrict: "a", in: first) == 1_050)
        #expect(history.openCamps(ofDistrict: "a", in: first) == 1)
        #expect(history.population(ofDistrict: "b", in: first) == 300)
        #expect(history.population(ofDistrict: "b", in: second) == nil, "b is not in the 09:00 snapshot")
        #expect(history.population(ofCamp: "a1", in: second) == 940)
        #expect(history.isOpen(camp: "a2", in: second) == false)
        #expect(history.crossings(atPoint: "Torkham", on: CalendarDay(parsing: "2025-04-07")!, in: second) == 410)
        #expect(history.crossings(atPoint: "Chaman", on: CalendarDay(parsing: "2025-04-06")!, in: first) == 7)
        // 1,050 + 300 at 06:00; 990 at 09:00.
        #expect(history.moments.map(\.totalPopulation) == [1_350, 990])
        // The question alert rules ask: the newest kept at or before a moment.
        #expect(history.population(ofDistrict: "a", at: Self.at("08:59")) == 1_050)
        #expect(history.population(ofDistrict: "a", at: Self.at("09:00")) == 990)
        #expect(history.population(ofDistrict: "a", at: Self.at("05:59")) == nil)
    }

    @Test func outOfOrderArrivalTakesItsPlaceInTime() {
        var history = ShiftHistory()
        history.record(Self.snapshot("12:00", a1: 3, a2: 0), path: "12.json")
        history.record(Self.snapshot("06:00", a1: 1, a2: 0), path: "06.json")
        history.record(Self.snapshot("09:00", a1: 2, a2: 0), path: "09.json")
        #expect(history.moments.map(\.path) == ["06.json", "09.json", "12.json"])
        // A file rewritten with a later snapshot (a `latest.json`) is a new
        // moment; its earlier version stays, as every version of a single
        // watched file must for baselines and time travel.
        history.record(Self.snapshot("13:00", a1: 4, a2: 0), path: "06.json")
        #expect(history.moments.map(\.path) == ["06.json", "09.json", "12.json", "06.json"])
        #expect(history.moments.map(\.totalPopulation) == [1, 2, 3, 4])
        // Rewound to 10:00, the file's own moments at or after 10:00 go: it no longer says them.
        history.record(Self.snapshot("10:00", a1: 5, a2: 0), path: "06.json")
        #expect(history.moments.map(\.path) == ["06.json", "09.json", "06.json", "12.json"])
        #expect(history.moments.map(\.totalPopulation) == [1, 2, 5, 3])
    }

    @Test func boundedByHoursBeforeTheNewest() {
        var history = ShiftHistory(hours: 2)
        for (time, population) in [("06:00", 1), ("07:00", 2), ("08:00", 3), ("09:00", 4)] {
            history.record(Self.snapshot(time, a1: population, a2: 0), path: "\(time).json")
        }
        // Two hours before 09:00 is 07:00: 06:00 is dropped, 07:00 (exactly two hours) is kept.
        #expect(history.moments.map(\.totalPopulation) == [2, 3, 4])
        // A late arrival older than the window is not recorded at all.
        let recorded = history.record(Self.snapshot("06:30", a1: 9, a2: 0), path: "late.json")
        #expect(!recorded)
        #expect(history.moments.count == 3)
    }

    @Test func boundedByCount() {
        var history = ShiftHistory(hours: 24, maximumMoments: 3)
        for minute in 0..<5 {
            history.record(Self.snapshot("10:0\(minute)", a1: minute, a2: 0), path: "\(minute).json")
        }
        #expect(history.moments.map(\.totalPopulation) == [2, 3, 4])
    }

    @Test func aSnapshotDeletedFromTheDirectoryKeepsItsFiguresInTheHistory() throws {
        var store = SnapshotStore()
        for (time, population) in [("06:00", 10), ("09:00", 20), ("12:00", 30)] {
            let snapshot = Self.snapshot(time, a1: population, a2: 0)
            store.add(SnapshotFile(path: "\(time).json", report: ValidationReport(snapshot: snapshot, issues: [], errorCount: 0, warningCount: 0)))
        }
        store.remove(path: "12:00.json")
        #expect(store.latest?.path == "09:00.json", "the store shows the newest file still there")
        // The figures were true when read: a producer that prunes its files must not erase the shift.
        #expect(store.shiftHistory.moments.map(\.totalPopulation) == [10, 20, 30])
    }

    @Test func theStoreKeepsFewWholeModelsButTheHistoryKeepsEveryFigure() {
        var store = SnapshotStore()
        for hour in 10...19 {
            let snapshot = Self.snapshot("\(hour):00", a1: hour, a2: 0)
            store.add(SnapshotFile(path: "\(hour).json", report: ValidationReport(snapshot: snapshot, issues: [], errorCount: 0, warningCount: 0)))
        }
        #expect(store.history.count == SnapshotStore.defaultHistoryLimit)
        #expect(store.shiftHistory.moments.map(\.totalPopulation) == Array(10...19))
    }

    // MARK: Baselines

    /// 06:00, 07:30, 09:00, 12:00 kept; shown 12:00.
    static func dayHistory() -> ShiftHistory {
        var history = ShiftHistory()
        for (time, a1) in [("06:00", 1_000), ("07:30", 980), ("09:00", 950), ("12:00", 900)] {
            history.record(Self.snapshot(time, a1: a1, a2: 0), path: "\(time).json")
        }
        return history
    }

    @Test func previousIsTheSnapshotBeforeTheOneShown() {
        let history = Self.dayHistory()
        let zone = SnapshotTimeZone(identifier: "Asia/Karachi")!
        let baseline = history.baseline(.previous, shown: Self.at("12:00"), path: "12:00.json", in: zone)
        #expect(baseline.time == Self.at("09:00"))
        // 900 now, 950 then.
        #expect(history.populationChange(ofDistrict: "a", now: 900, since: baseline) == -50)
        // While travelling back to 09:00, "previous" is 07:30.
        #expect(history.baseline(.previous, shown: Self.at("09:00"), path: "09:00.json", in: zone).time == Self.at("07:30"))
        #expect(history.baseline(.previous, shown: Self.at("06:00"), path: "06:00.json", in: zone).time == nil)
    }

    @Test func startOfShiftIsTheNewestSnapshotAtOrBeforeTheLatestShiftStart() {
        let history = Self.dayHistory()
        let zone = SnapshotTimeZone(identifier: "Asia/Karachi")!
        let baseline = history.baseline(.shiftStart, shown: Self.at("12:00"), path: "12:00.json", in: zone)
        // Shifts at 08:00 and 20:00: at 12:00 the shift began at 08:00; the newest kept at or before it is 07:30.
        #expect(baseline.request == .shiftStart(Self.at("08:00")))
        #expect(baseline.time == Self.at("07:30"))
        #expect(!baseline.isOlderThanHistory)
        #expect(history.populationChange(ofDistrict: "a", now: 900, since: baseline) == -80)
        // Asked without a screen: newest (12:00, 900) minus the newest at or before 08:00 (07:30, 980).
        #expect(history.populationChange(ofDistrict: "a", since: Self.at("08:00")) == -80)
        #expect(history.populationChange(ofDistrict: "a", since: Self.at("05:00")) == nil)
    }

    @Test func aBaselineOlderThanTheHistorySaysSoAndUsesTheOldestKept() {
        let history = Self.dayHistory()
        let zone = SnapshotTimeZone(identifier: "Asia/Karachi")!
        // 24 h before 12:00 is 12:00 the day before; the oldest kept is 06:00.
        let dayAgo = history.baseline(.dayAgo, shown: Self.at("12:00"), path: "12:00.json", in: zone)
        #expect(dayAgo.isOlderThanHistory)
        #expect(dayAgo.time == Self.at("06:00"))
        #expect(history.populationChange(ofDistrict: "a", now: 900, since: dayAgo) == -100)
        // render --baseline 05:00: nothing kept at or before, the oldest stands in, said.
        let early = history.baseline(.at(Self.at("05:00")), shown: Self.at("12:00"), path: "12:00.json")
        #expect(early.isOlderThanHistory && early.time == Self.at("06:00"))
        // --baseline 10:00: the newest at or before is 09:00.
        #expect(history.baseline(.at(Self.at("10:00")), shown: Self.at("12:00"), path: "12:00.json").time == Self.at("09:00"))
    }

    @Test func shiftStartsInTheSnapshotsTimeZone() throws {
        let starts = try #require(ShiftStarts(parsing: ["20:00", "08:00"]))
        let karachi = SnapshotTimeZone(identifier: "Asia/Karachi")!
        // 02:00 in Karachi: the shift began at 20:00 the evening before.
        #expect(starts.latestStart(atOrBefore: Instant(rfc3339: "2025-04-07T02:00:00+05:00")!, in: karachi)
            == Instant(rfc3339: "2025-04-06T20:00:00+05:00")!)
        // 08:00 exactly is the start of that shift.
        #expect(starts.latestStart(atOrBefore: Instant(rfc3339: "2025-04-07T08:00:00+05:00")!, in: karachi)
            == Instant(rfc3339: "2025-04-07T08:00:00+05:00")!)
        // The same instant written in UTC (03:30Z is 08:30 in Karachi).
        #expect(starts.latestStart(atOrBefore: Instant(rfc3339: "2025-04-07T03:30:00Z")!, in: karachi)
            == Instant(rfc3339: "2025-04-07T08:00:00+05:00")!)
        #expect(ShiftStarts(parsing: ["8:00"]) == nil)
        #expect(ShiftStarts(parsing: ["24:00"]) == nil)
        #expect(ShiftStarts(parsing: []) == nil)
        #expect(starts.description == "08:00, 20:00")
    }

    @Test func districtTrendHasFirstLastMinimumAndMaximumWithTheirTimes() throws {
        var history = ShiftHistory()
        for (time, a1) in [("06:00", 1_000), ("07:30", 1_040), ("09:00", 950), ("10:30", 1_040), ("12:00", 990)] {
            history.record(Self.snapshot(time, a1: a1, a2: 5), path: "\(time).json")
        }
        let trend = DistrictTrend(district: "a", in: history)
        #expect(trend.points.map(\.population) == [1_005, 1_045, 955, 1_045, 995])
        #expect(trend.first == .init(time: Self.at("06:00"), population: 1_005))
        #expect(trend.last == .init(time: Self.at("12:00"), population: 995))
        #expect(trend.minimum == .init(time: Self.at("09:00"), population: 955))
        // Two equal highs: the earlier one is named.
        #expect(trend.maximum == .init(time: Self.at("07:30"), population: 1_045))
        // Travelling back to 09:00: what came after is not its past.
        #expect(DistrictTrend(district: "a", in: history, until: Self.at("09:00")).points.count == 3)
    }

    /// The bound the README states: 4 bytes per camp per snapshot, plus 8 per district.
    @Test func bytesPerSnapshotPerCamp() {
        var history = ShiftHistory()
        let districts = (0..<100).map { d in
            District(id: "d\(d)", name: "D", province: "P", camps: (0..<20).map { Camp(id: "d\(d)-c\($0)", name: "C", status: .open, population: 10) })
        }
        for minute in 0..<10 {
            let snapshot = Snapshot(generatedAt: Self.at("10:0\(minute)"), districts: districts)
            history.record(snapshot, path: "\(minute).json")
        }
        // Per moment: 2,000 camps × 4 + 100 districts × 8 = 8,800 bytes, plus the path ("0.json", 6) and zone ("Asia/Karachi", 12).
        #expect(history.figureBytes == 10 * (8_800 + 6 + 12))
    }
}
