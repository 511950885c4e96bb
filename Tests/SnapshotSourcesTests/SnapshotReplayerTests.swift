import DashboardCore
import Foundation
import Testing
@testable import SnapshotSources

@Suite struct SnapshotReplayerTests {
    typealias T = SnapshotTexts

    /// A clock that moves only when the replayer sleeps, and a record of the sleeps.
    final class FakeTime {
        var now: Date
        var sleeps: [Double] = []
        var lines: [String] = []
        /// Sleeps allowed before reporting a stop signal; nil: never stop.
        var sleepsBeforeStop: Int?

        init(_ start: String) { now = Instant(rfc3339: start)!.date }

        func sleep(_ seconds: Double) -> Bool {
            if let limit = sleepsBeforeStop, sleeps.count >= limit { return false }
            sleeps.append(seconds)
            now += seconds
            return true
        }

        func replayer(_ configuration: ReplayConfiguration) -> SnapshotReplayer {
            SnapshotReplayer(configuration: configuration, clock: { self.now }, sleep: sleep, log: { self.lines.append($0) })
        }
    }

    /// File names in the opposite order of `generated_at`, mixed offsets, and files to skip.
    static func sourceDirectory(_ scratch: ScratchDirectory) throws -> String {
        let from = try scratch.makeDirectory("from")
        try scratch.write("from/a.json", T.valid(at: "2025-04-07T18:00:00+05:00", source: "third"))
        try scratch.write("from/b.json", T.valid(at: "2025-04-07T10:00:00Z", source: "second")) // 15:00 in Karachi
        try scratch.write("from/c.json", T.valid(at: "2025-04-07T12:00:00+05:00", source: "first"))
        try scratch.write("from/d-broken.json", T.truncated(at: "2025-04-07T21:00:00+05:00"))
        try scratch.write("from/.hidden.json", T.valid(at: "2025-04-08T00:00:00+05:00", source: "hidden"))
        return from
    }

    static func decode(_ path: String) throws -> Snapshot {
        let report = SnapshotDecoder.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))), now: T.now)
        return try #require(report.snapshot)
    }

    @Test func writesInGeneratedAtOrderWithFreshTimesAndNothingElseChanged() throws {
        let scratch = try ScratchDirectory()
        let from = try Self.sourceDirectory(scratch)
        let into = scratch.path("into")
        let time = FakeTime("2026-11-23T10:15:00Z")
        let count = try time.replayer(ReplayConfiguration(from: from, into: into)).run()

        #expect(count == 3)
        #expect(time.sleeps == [5, 5]) // between files, none after the last
        let names = try scratch.names(in: "into")
        #expect(names == [
            "replay-20261123T101500Z-0001.json", "replay-20261123T101505Z-0002.json", "replay-20261123T101510Z-0003.json",
        ])
        let written = try names.map { try Self.decode(into + "/" + $0) }
        #expect(written.map(\.source) == ["first", "second", "third"])
        #expect(written.map(\.generatedAt.description) == [
            "2026-11-23T15:15:00+05:00", "2026-11-23T10:15:05Z", "2026-11-23T15:15:10+05:00",
        ])
        // generated_at is new and every date moved by the same whole days; counts are untouched.
        let original = try Self.decode(from + "/b.json")
        let offset = original.generatedAt.utcOffsetSeconds
        let days = written[1].generatedAt.day(atOffset: offset) - original.generatedAt.day(atOffset: offset)
        var expected = original.shifted(byDays: days)
        expected.generatedAt = written[1].generatedAt
        #expect(written[1] == expected)
        #expect(time.lines.filter { $0.hasPrefix("wrote ") }.count == 3)
        #expect(time.lines.contains { $0.hasPrefix("skipped \(from)/d-broken.json: ") })
    }

    @Test func loopsAndKeepsOnlyTheNewestFiles() throws {
        let scratch = try ScratchDirectory()
        let from = try Self.sourceDirectory(scratch)
        let into = try scratch.makeDirectory("into")
        try scratch.write("into/not-ours.json", "{}")
        let time = FakeTime("2026-11-23T10:15:00Z")
        time.sleepsBeforeStop = 7
        let replayer = time.replayer(ReplayConfiguration(from: from, into: into, everySeconds: 60, loop: true, keep: 2))
        #expect(try replayer.run() == 8)
        #expect(try scratch.names(in: "into") == [
            "not-ours.json", "replay-20261123T102200Z-0008.json", "replay-20261123T102100Z-0007.json",
        ].sorted())
        #expect(replayer.written == [into + "/replay-20261123T102100Z-0007.json", into + "/replay-20261123T102200Z-0008.json"])
        // 7 and 8 are the first and second of the third round.
        #expect(try Self.decode(into + "/replay-20261123T102100Z-0007.json").source == "first")
    }

    @Test func filesFasterThanOneASecondStayStrictlyNewer() throws {
        let scratch = try ScratchDirectory()
        let from = try Self.sourceDirectory(scratch)
        let into = scratch.path("into")
        let time = FakeTime("2026-11-23T10:15:00.500Z")
        try time.replayer(ReplayConfiguration(from: from, into: into, everySeconds: 0.2)).run()
        let names = try scratch.names(in: "into")
        #expect(names == (1...3).map { "replay-20261123T101500Z-000\($0).json" })
        let times = try names.map { try Self.decode(into + "/" + $0).generatedAt }
        #expect(times.map { $0.formatted(utcOffsetSeconds: 0) } == [
            "2026-11-23T10:15:00Z", "2026-11-23T10:15:00.001Z", "2026-11-23T10:15:00.002Z",
        ])
    }

    @Test func stopSignalEndsBetweenFilesLeavingNoTemporaryFile() throws {
        let scratch = try ScratchDirectory()
        let from = try Self.sourceDirectory(scratch)
        let into = scratch.path("into")
        let time = FakeTime("2026-11-23T10:15:00Z")
        time.sleepsBeforeStop = 0
        #expect(try time.replayer(ReplayConfiguration(from: from, into: into, loop: true)).run() == 1)
        #expect(try scratch.names(in: "into") == ["replay-20261123T101500Z-0001.json"])
    }

    @Test func directoryWithoutValidSnapshotsIsAnError() throws {
        let scratch = try ScratchDirectory()
        let from = try scratch.makeDirectory("from")
        try scratch.write("from/broken.json", "{")
        let time = FakeTime("2026-11-23T10:15:00Z")
        #expect(throws: ReplayError.self) { try time.replayer(ReplayConfiguration(from: from, into: scratch.path("into"))).run() }
        #expect(throws: ReplayError.self) { try time.replayer(ReplayConfiguration(from: scratch.path("absent"), into: scratch.path("into"))).run() }
    }

    @Test func fileNamesSortByTimeInUTC() {
        let karachi = Instant(rfc3339: "2026-11-23T15:15:00+05:00")!
        #expect(ReplayFileNames.name(for: karachi, sequence: 1) == "replay-20261123T101500Z-0001.json")
        #expect(ReplayFileNames.name(for: karachi, sequence: 12345) == "replay-20261123T101500Z-12345.json")
        #expect(SnapshotLoader.isSnapshotFileName(ReplayFileNames.name(for: karachi, sequence: 1)))
    }
}

/// Replayed snapshots keep their shape in time: the crossing window ends on
/// the new generated_at's day, and deadlines stay as far away as they were.
@Suite struct SnapshotDayShiftTests {
    @Test func everyDateMovesByTheSameDays() {
        let day = CalendarDay(year: 2025, month: 4, day: 7)!
        let due = Instant(rfc3339: "2025-06-30T23:59:59+05:00")!
        let snapshot = Snapshot(
            generatedAt: Instant(rfc3339: "2025-04-07T21:00:00+05:00")!,
            districts: [District(id: "d", name: "D", province: "P", camps: [
                Camp(id: "c", name: "C", status: .denotified, population: 5, denotifiedOn: day.adding(days: -30)),
            ])],
            crossings: [Crossing(date: day, point: "Torkham", total: 7), Crossing(date: day.adding(days: -1), point: "Torkham", total: 9)],
            deadlines: [Deadline(id: "x", title: "X", due: due)]
        )
        let moved = snapshot.shifted(byDays: 595) // 2025-04-07 → 2026-11-23: 365 + (23 + 31 + 30 + 31 + 31 + 30 + 31 + 23)
        #expect(moved.crossings.map(\.date.description) == ["2026-11-23", "2026-11-22"])
        #expect(moved.crossings.map(\.total) == [7, 9])
        #expect(moved.districts[0].camps[0].denotifiedOn?.description == "2026-10-24")
        #expect(moved.deadlines[0].due.description == "2027-02-15T23:59:59+05:00")
        #expect(moved.generatedAt == snapshot.generatedAt, "generated_at is the replayer's to set")
    }
}
