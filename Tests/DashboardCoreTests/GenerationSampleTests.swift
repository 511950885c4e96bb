import DashboardCore
import Foundation
import SnapshotGeneration
import Testing

private func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

/// Resources/snapshots in this checkout.
private let bundledSampleDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Resources/snapshots")

private let sampleFileNames = [
    "2025-04-07T0600.json", "2025-04-07T0900.json", "2025-04-07T1200.json",
    "2025-04-07T1500.json", "2025-04-07T1800.json", "2025-04-07T2100.json",
]

@Suite struct GenerationSampleTests {
    static let samples = SampleSnapshots.all()

    @Test func sixSnapshotsOverSeventhApril() {
        #expect(Self.samples.map(\.generatedAt.description) == [
            "2025-04-07T06:00:00+05:00", "2025-04-07T09:00:00+05:00", "2025-04-07T12:00:00+05:00",
            "2025-04-07T15:00:00+05:00", "2025-04-07T18:00:00+05:00", "2025-04-07T21:00:00+05:00",
        ])
        #expect(Self.samples.map { SnapshotFiles.fileName(for: $0.generatedAt) } == sampleFileNames)
        for snapshot in Self.samples {
            #expect(snapshot.timeZoneIdentifier == "Asia/Karachi")
            #expect(snapshot.source == "Illustrative sample data (made up at public magnitudes; not real figures)")
        }
    }

    @Test func everySampleObeysEveryRule() {
        for snapshot in Self.samples {
            #expect(GenerationRuleCheck.violations(snapshot) == [], "\(snapshot.generatedAt)")
            #expect(GenerationRuleCheck.jsonViolations(SnapshotEncoder(pretty: true).encode(snapshot)) == [])
        }
    }

    @Test func deterministic() {
        let encoder = SnapshotEncoder(pretty: true)
        #expect(SampleSnapshots.all().map(encoder.encode) == Self.samples.map(encoder.encode))
    }

    @Test func campsAtPublicMagnitudes() throws {
        let first = try #require(Self.samples.first)
        let camps = first.districts.flatMap(\.camps)
        #expect(first.districts.count == 23)
        #expect(camps.count == 53)
        let population = camps.reduce(0) { $0 + $1.population }
        #expect((440_000...448_000).contains(population), "\(population)")
        #expect(Set(first.districts.map(\.province)) == ["Khyber Pakhtunkhwa", "Balochistan", "Punjab"])
        func people(in province: String) -> Int {
            first.districts.filter { $0.province == province }.flatMap(\.camps).reduce(0) { $0 + $1.population }
        }
        #expect((80_000...90_000).contains(people(in: "Balochistan")))
        #expect(first.districts.filter { $0.province == "Khyber Pakhtunkhwa" }.flatMap(\.camps).count == 42)
        let panian = try #require(camps.first { $0.id == "kp-haripur-panian" })
        #expect(panian.population > 90_000)
        // Mostly open; a few de-notified years ago (with the day) but still inhabited; one closed.
        #expect(camps.filter { $0.status == .open }.count >= 45)
        let denotified = camps.filter { $0.status == .denotified }
        #expect(denotified.count >= 3)
        #expect(denotified.allSatisfy { $0.population > 0 && $0.denotifiedOn! < day("2021-01-01") })
        #expect(camps.contains { $0.status == .closed })
        // Matches the example in snapshot-v1.md.
        let khazana = try #require(camps.first { $0.id == "kp-peshawar-khazana" })
        #expect(khazana == Camp(id: "kp-peshawar-khazana", name: "Khazana", status: .open, population: 14210, households: 2380,
                                byDocument: DocumentCounts(por: 11020, acc: 2150, undocumented: 1040)))
    }

    @Test func peopleLeaveTheCampsDuringTheDay() {
        let totals = Self.samples.map { $0.districts.flatMap(\.camps).reduce(0) { $0 + $1.population } }
        #expect(zip(totals, totals.dropFirst()).allSatisfy { $0 > $1 }, "\(totals)")
        let first = Self.samples.first!.districts.flatMap(\.camps)
        let last = Self.samples.last!.districts.flatMap(\.camps)
        #expect(first.map(\.id) == last.map(\.id))
        #expect(zip(first, last).allSatisfy { $0.population >= $1.population })
        let changed = zip(first, last).filter { $0.population != $1.population }.count
        #expect(changed > 30 && changed < first.count)
        // The ACC count falls first.
        let acc = Self.samples.map { $0.districts.flatMap(\.camps).reduce(0) { $0 + ($1.byDocument?.acc ?? 0) } }
        #expect(acc.first! > acc.last!)
    }

    @Test func crossingsCoverNinetyDaysAtSixPoints() {
        for snapshot in Self.samples {
            let days = Set(snapshot.crossings.map(\.date))
            #expect(days.count == 90)
            #expect(days.min() == day("2025-01-08"))
            #expect(days.max() == day("2025-04-07"))
            #expect(snapshot.crossings.map(\.point).prefix(6) == [
                "Torkham", "Chaman", "Ghulam Khan", "Angoor Adda", "Kharlachi", "Badini",
            ])
            #expect(snapshot.crossings.count == 90 * 6)
        }
    }

    @Test func surgeAfterTheDeadline() {
        let snapshot = Self.samples.last!
        let torkham = snapshot.crossings.filter { $0.point == "Torkham" }
        // Quiet days: a few hundred.
        for row in torkham where row.date < day("2025-03-15") {
            #expect((200...700).contains(row.total), "\(row.date) \(row.total)")
        }
        for row in snapshot.crossings where row.date < day("2025-03-15") {
            #expect(row.total < 700)
        }
        // 1-6 April: 2,000 to 10,000 a day at Torkham.
        for row in torkham where row.date >= day("2025-04-01") && row.date < day("2025-04-07") {
            #expect((2_000...10_000).contains(row.total), "\(row.date) \(row.total)")
        }
        // Deported share around 31% in early April.
        let april = snapshot.crossings.filter { $0.date >= day("2025-04-01") }
        let share = Double(april.reduce(0) { $0 + ($1.deported ?? 0) }) / Double(april.reduce(0) { $0 + $1.total })
        #expect(share > 0.28 && share < 0.34, "\(share)")
        // Departures by province, as reported for 1-7 April.
        let provinces = Set(april.flatMap { $0.byProvince ?? [] }.map(\.province))
        #expect(provinces.isSuperset(of: [
            "Khyber Pakhtunkhwa", "Punjab", "Islamabad", "Sindh", "Azad Jammu and Kashmir", "Gilgit-Baltistan",
        ]))
        #expect(april.allSatisfy { $0.byDocument != nil })
    }

    @Test func todaysPartialCountGrowsAndCompleteDaysAgree() {
        let today = day("2025-04-07")
        for point in ["Torkham", "Chaman", "Ghulam Khan", "Angoor Adda", "Kharlachi", "Badini"] {
            let totals = Self.samples.map { $0.crossings.first { $0.date == today && $0.point == point }!.total }
            #expect(zip(totals, totals.dropFirst()).allSatisfy { $0 < $1 }, "\(point): \(totals)")
        }
        let first = Self.samples.first!.crossings.filter { $0.date < today }
        for snapshot in Self.samples.dropFirst() {
            #expect(snapshot.crossings.filter { $0.date < today } == first)
        }
    }

    @Test func programmeDeadlines() {
        for snapshot in Self.samples {
            #expect(snapshot.deadlines.map(\.due.description) == [
                "2025-03-31T23:59:59+05:00", "2025-06-30T23:59:59+05:00", "2025-09-01T00:00:00+05:00",
            ])
            #expect(snapshot.deadlines.map(\.appliesTo) == [.acc, .por, .por])
            #expect(snapshot.deadlines.allSatisfy { $0.due.seconds(until: snapshot.generatedAt) < 365 * 86_400 })
        }
    }

    @Test func writeAllWritesSixFilesAtomically() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("repatdash-samples-\(UUID().uuidString)/nested")
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let written = try SampleSnapshots.writeAll(to: directory)
        #expect(written.map(\.lastPathComponent) == sampleFileNames)
        let listed = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(listed == sampleFileNames)
        let encoder = SnapshotEncoder(pretty: true)
        for (url, snapshot) in zip(written, Self.samples) {
            #expect(try [UInt8](Data(contentsOf: url)) == encoder.encode(snapshot))
        }
        // Writing again replaces the files in place.
        try SampleSnapshots.writeAll(to: directory)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == sampleFileNames)
    }

    /// The files in Resources/snapshots are what `repatdash generate --sample` writes today.
    @Test func bundledSampleFilesAreUpToDate() throws {
        let encoder = SnapshotEncoder(pretty: true)
        for (name, snapshot) in zip(sampleFileNames, Self.samples) {
            let bytes = try [UInt8](Data(contentsOf: bundledSampleDirectory.appendingPathComponent(name)))
            #expect(bytes == encoder.encode(snapshot), "\(name) differs: run `repatdash generate --sample --out Resources/snapshots`")
        }
    }
}
