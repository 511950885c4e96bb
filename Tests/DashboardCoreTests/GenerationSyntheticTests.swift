import DashboardCore
import Foundation
import SnapshotGeneration
import Testing

/// The rules of snapshot-v1.md, checked on the model and on the encoded
/// JSON, written out here so the generators are tested independently of the
/// dashboard's validator. Returns one line per broken rule (empty: valid,
/// with no warnings either).
enum GenerationRuleCheck {
    static func violations(_ snapshot: Snapshot) -> [String] {
        var problems: [String] = []
        func check(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition, problems.count < 50 { problems.append(message()) }
        }
        func isID(_ id: String) -> Bool {
            let bytes = Array(id.utf8)
            guard (1...64).contains(bytes.count) else { return false }
            func allowed(_ b: UInt8, first: Bool) -> Bool {
                (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || (!first && (b == 0x2E || b == 0x5F || b == 0x2D))
            }
            return bytes.enumerated().allSatisfy { allowed($0.element, first: $0.offset == 0) }
        }
        func isLabel(_ text: String, max: Int = 80) -> Bool { (1...max).contains(text.count) }
        func isCount(_ value: Int) -> Bool { (0...100_000_000).contains(value) }
        func hasNoControlCharacters(_ text: String) -> Bool { !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } }
        func checkDocuments(_ documents: DocumentCounts?, whole: Int, _ path: String) {
            guard let documents else { return }
            for value in [documents.por, documents.acc, documents.undocumented, documents.other].compactMap({ $0 }) {
                check(isCount(value), "\(path).by_document: count out of range \(value)")
            }
            check(documents.knownSum <= whole, "\(path).by_document: sum \(documents.knownSum) > \(whole)")
        }

        check(SnapshotTimeZone(identifier: snapshot.timeZoneIdentifier) != nil, "timezone: unknown \(snapshot.timeZoneIdentifier)")
        if let source = snapshot.source {
            check(source.count <= 200 && hasNoControlCharacters(source), "source: too long or has control characters")
        }

        var districtIDs = Set<String>()
        var campIDs = Set<String>()
        for (d, district) in snapshot.districts.enumerated() {
            let path = "districts[\(d)]"
            check(isID(district.id), "\(path).id: broken pattern \(district.id)")
            check(districtIDs.insert(district.id).inserted, "\(path).id: duplicate \(district.id)")
            check(isLabel(district.name) && hasNoControlCharacters(district.name), "\(path).name: \(district.name)")
            check(isLabel(district.province) && hasNoControlCharacters(district.province), "\(path).province")
            for (c, camp) in district.camps.enumerated() {
                let path = "\(path).camps[\(c)]"
                check(isID(camp.id), "\(path).id: broken pattern \(camp.id)")
                check(campIDs.insert(camp.id).inserted, "\(path).id: duplicate \(camp.id)")
                check(isLabel(camp.name) && hasNoControlCharacters(camp.name), "\(path).name: \(camp.name)")
                check(isCount(camp.population), "\(path).population: \(camp.population)")
                if let households = camp.households { check(isCount(households), "\(path).households: \(households)") }
                checkDocuments(camp.byDocument, whole: camp.population, path)
                if let denotifiedOn = camp.denotifiedOn {
                    check((1...9999).contains(denotifiedOn.components.year), "\(path).denotified_on: \(denotifiedOn)")
                }
            }
        }

        var rows = Set<String>()
        for (r, crossing) in snapshot.crossings.enumerated() {
            let path = "crossings[\(r)]"
            check(rows.insert("\(crossing.date) \(crossing.point)").inserted, "\(path): duplicate (date, point)")
            check(isLabel(crossing.point) && hasNoControlCharacters(crossing.point), "\(path).point")
            check(isCount(crossing.total), "\(path).total: \(crossing.total)")
            if let deported = crossing.deported {
                check(isCount(deported) && deported <= crossing.total, "\(path).deported: \(deported) of \(crossing.total)")
            }
            if let families = crossing.families { check(isCount(families), "\(path).families: \(families)") }
            checkDocuments(crossing.byDocument, whole: crossing.total, path)
            if let byProvince = crossing.byProvince {
                var names = Set<String>()
                for entry in byProvince {
                    check(isCount(entry.count), "\(path).by_province.\(entry.province): \(entry.count)")
                    check(names.insert(entry.province).inserted, "\(path).by_province: duplicate key \(entry.province)")
                }
                let sum = byProvince.reduce(0) { $0 + $1.count }
                check(sum <= crossing.total, "\(path).by_province: sum \(sum) > \(crossing.total)")
            }
        }

        var deadlineIDs = Set<String>()
        for (i, deadline) in snapshot.deadlines.enumerated() {
            let path = "deadlines[\(i)]"
            check(isID(deadline.id), "\(path).id: broken pattern")
            check(deadlineIDs.insert(deadline.id).inserted, "\(path).id: duplicate")
            check(isLabel(deadline.title, max: 120) && hasNoControlCharacters(deadline.title), "\(path).title")
            if let note = deadline.note { check(note.count <= 280 && hasNoControlCharacters(note), "\(path).note") }
            // Warning in the spec: due earlier than a year before generated_at.
            check(deadline.due.seconds(until: snapshot.generatedAt) <= 365 * 86_400, "\(path).due: more than a year old")
        }
        return problems
    }

    /// Rules on the JSON text: parses, every count a whole number (no
    /// fraction or exponent), instants and days in the spec's forms.
    static func jsonViolations(_ bytes: [UInt8]) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            return ["not a JSON object"]
        }
        var problems: [String] = []
        let text = String(decoding: bytes, as: UTF8.self)
        if text.contains(".0,") || text.contains("e+") || text.contains("E+") { problems.append("number with fraction or exponent") }
        if object["schema_version"] as? Int != 1 { problems.append("schema_version") }
        for key in ["generated_at", "districts", "crossings", "deadlines"] where object[key] == nil {
            problems.append("missing \(key)")
        }
        if let generatedAt = object["generated_at"] as? String, Instant(rfc3339: generatedAt) == nil {
            problems.append("generated_at does not parse")
        }
        for crossing in object["crossings"] as? [[String: Any]] ?? [] {
            if let date = crossing["date"] as? String, CalendarDay(parsing: date) != nil { continue }
            problems.append("crossing date does not parse")
            break
        }
        for deadline in object["deadlines"] as? [[String: Any]] ?? [] {
            if let due = deadline["due"] as? String, Instant(rfc3339: due) != nil { continue }
            problems.append("deadline due does not parse")
            break
        }
        return problems
    }
}

@Suite struct GenerationSyntheticTests {
    private static let at = Instant(rfc3339: "2025-04-07T18:00:00+05:00")!

    @Test func splitMix64MatchesTheReferenceSequence() {
        // Reference outputs of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.next() == 0x06C4_5D18_8009_454F)
        var bounded = SplitMix64(seed: 7)
        for _ in 0..<10_000 {
            let value = bounded.int(in: -3...5)
            #expect((-3...5).contains(value))
            let unit = bounded.unit()
            #expect(unit >= 0 && unit < 1)
        }
    }

    @Test func sameSeedSameBytesDifferentSeedDifferentBytes() {
        let encoder = SnapshotEncoder()
        let a = encoder.encode(SyntheticSnapshotGenerator(districts: 40, campsPerDistrict: 8, days: 60, points: 6, seed: 9).snapshot())
        let b = encoder.encode(SyntheticSnapshotGenerator(districts: 40, campsPerDistrict: 8, days: 60, points: 6, seed: 9).snapshot())
        let c = encoder.encode(SyntheticSnapshotGenerator(districts: 40, campsPerDistrict: 8, days: 60, points: 6, seed: 10).snapshot())
        #expect(a == b)
        #expect(a != c)
        let sequenceA = SyntheticSnapshotGenerator(districts: 5, campsPerDistrict: 3, days: 10, seed: 3).sequence(count: 4).map(encoder.encode)
        let sequenceB = SyntheticSnapshotGenerator(districts: 5, campsPerDistrict: 3, days: 10, seed: 3).sequence(count: 4).map(encoder.encode)
        #expect(sequenceA == sequenceB)
    }

    @Test func fullSizeSnapshotObeysEveryRule() {
        let generator = SyntheticSnapshotGenerator()
        let snapshot = generator.snapshot()
        #expect(snapshot.districts.count == 1000)
        #expect(snapshot.districts.allSatisfy { $0.camps.count == 20 })
        #expect(snapshot.crossings.count == 365 * 6)
        #expect(snapshot.generatedAt == Self.at)
        #expect(snapshot.timeZoneIdentifier == "Asia/Karachi")
        #expect(GenerationRuleCheck.violations(snapshot) == [])
        #expect(GenerationRuleCheck.jsonViolations(SnapshotEncoder().encode(snapshot)) == [])
        // Some of every status, and camps without breakdowns, to exercise readers.
        let camps = snapshot.districts.flatMap(\.camps)
        for status in Camp.Status.allCases { #expect(camps.contains { $0.status == status }) }
        #expect(camps.contains { $0.byDocument == nil })
        #expect(camps.contains { $0.households == nil })
        #expect(camps.contains { $0.population == 0 })
        #expect(camps.contains { $0.name.count == 80 })
        #expect(camps.filter { $0.status == .open }.allSatisfy { $0.denotifiedOn == nil })
    }

    @Test(arguments: [
        (0, 0, 0, 0, UInt64(0)), (1, 1, 1, 1, 1), (3, 0, 30, 1, 2), (7, 4, 31, 9, UInt64.max), (120, 110, 2, 12, 77),
    ])
    func smallAndOddSizesObeyEveryRule(_ size: (districts: Int, camps: Int, days: Int, points: Int, seed: UInt64)) {
        let (districts, camps, days, points, seed) = size
        let generator = SyntheticSnapshotGenerator(districts: districts, campsPerDistrict: camps, days: days, points: points, seed: seed)
        for snapshot in generator.sequence(count: 3, intervalSeconds: 5 * 3600) {
            #expect(snapshot.districts.count == districts)
            #expect(snapshot.districts.reduce(0) { $0 + $1.camps.count } == districts * camps)
            #expect(snapshot.crossings.count == days * points)
            #expect(GenerationRuleCheck.violations(snapshot) == [])
            #expect(GenerationRuleCheck.jsonViolations(SnapshotEncoder(pretty: true).encode(snapshot)) == [])
        }
    }

    @Test func crossingsEndOnTheSnapshotsDayInKarachi() throws {
        // 20:30Z on 6 April is 01:30 on 7 April in Karachi.
        let generatedAt = try #require(Instant(rfc3339: "2025-04-06T20:30:00Z"))
        let snapshot = SyntheticSnapshotGenerator(districts: 1, campsPerDistrict: 1, days: 10, points: 3, generatedAt: generatedAt).snapshot()
        #expect(snapshot.generatedAt.description == "2025-04-06T20:30:00Z")
        let days = Set(snapshot.crossings.map(\.date)).sorted()
        #expect(days.count == 10)
        #expect(days.last?.description == "2025-04-07")
        #expect(days.first?.description == "2025-03-29")
        #expect(Set(snapshot.crossings.map(\.point)) == ["Torkham", "Chaman", "Ghulam Khan"])
        #expect(GenerationRuleCheck.violations(snapshot) == [])
    }

    @Test func pointsBeyondTheNamedOnesGetUniqueNames() {
        let snapshot = SyntheticSnapshotGenerator(districts: 0, campsPerDistrict: 0, days: 2, points: 10).snapshot()
        let names = snapshot.crossings.map(\.point)
        #expect(Set(names).count == 10)
        #expect(names.contains("Torkham") && names.contains("Bahramcha") && names.contains("Point 10"))
    }

    @Test func sequenceDriftsPopulationsAndGrowsTheLastDay() throws {
        let generator = SyntheticSnapshotGenerator(districts: 30, campsPerDistrict: 10, days: 20, points: 6, seed: 5)
        let sequence = generator.sequence(count: 5, intervalSeconds: 3 * 3600)
        #expect(sequence.count == 5)
        // Oldest first, 3 hours apart, the last one is snapshot().
        for (earlier, later) in zip(sequence, sequence.dropFirst()) {
            #expect(earlier.generatedAt.seconds(until: later.generatedAt) == 3 * 3600)
        }
        #expect(sequence.last == generator.snapshot())
        #expect(sequence.first?.generatedAt.description == "2025-04-07T06:00:00+05:00")

        // Same camps throughout; populations change, mostly downwards.
        let first = sequence.first!.districts.flatMap(\.camps)
        let last = sequence.last!.districts.flatMap(\.camps)
        #expect(first.map(\.id) == last.map(\.id))
        let changed = zip(first, last).filter { $0.population != $1.population }
        #expect(changed.count > first.count / 2)
        #expect(first.reduce(0) { $0 + $1.population } > last.reduce(0) { $0 + $1.population })

        // Complete days agree across snapshots; today's partial rows grow.
        let today = try #require(CalendarDay(parsing: "2025-04-07"))
        func rows(_ snapshot: Snapshot) -> [String: Crossing] {
            Dictionary(uniqueKeysWithValues: snapshot.crossings.map { ("\($0.date) \($0.point)", $0) })
        }
        let firstRows = rows(sequence.first!)
        let lastRows = rows(sequence.last!)
        for (key, row) in firstRows where row.date < today {
            #expect(lastRows[key] == row, "\(key)")
        }
        let todayTotals = sequence.map { snapshot in snapshot.crossings.filter { $0.date == today }.reduce(0) { $0 + $1.total } }
        #expect(todayTotals == todayTotals.sorted())
        #expect(todayTotals.first! < todayTotals.last!)
        for snapshot in sequence { #expect(GenerationRuleCheck.violations(snapshot) == []) }
    }

    @Test func sequenceAcrossMidnightMovesTheWindow() {
        let generator = SyntheticSnapshotGenerator(districts: 2, campsPerDistrict: 2, days: 7, points: 2)
        let sequence = generator.sequence(count: 3, intervalSeconds: 12 * 3600)
        let lastDays = sequence.map { $0.crossings.map(\.date).max()!.description }
        #expect(lastDays == ["2025-04-06", "2025-04-07", "2025-04-07"])
        for snapshot in sequence {
            #expect(snapshot.crossings.count == 14)
            #expect(GenerationRuleCheck.violations(snapshot) == [])
        }
    }
}
