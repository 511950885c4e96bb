import DashboardCore

/// Deterministic synthetic snapshots of any size, for tests and benchmarks.
/// Made-up names and figures; every snapshot is valid under snapshot-v1.md.
///
/// The generator describes one world seen at different instants:
/// - camps (`districts` × `campsPerDistrict`) whose populations drift over
///   time; at `generatedAt` each camp has its base population, earlier
///   instants have a little more (most camps lose people as time passes,
///   a few gain);
/// - daily crossings for `points` crossing points, a pure function of
///   (seed, day, point), so two snapshots agree on every complete day; the
///   window is the `days` days ending on the snapshot's own day in
///   Asia/Karachi, whose row is partial (scaled by the part of the day gone);
/// - three deadlines placed relative to `generatedAt`'s day (one passed a
///   week before, two ahead), never more than a year old at `generatedAt`.
///
/// The same parameters give the same snapshots on every run; all draws come
/// from `SplitMix64` seeded per entity.
public struct SyntheticSnapshotGenerator: Sendable {
    /// 2025-04-07T18:00:00+05:00.
    public static let defaultGeneratedAt = Instant(epochSeconds: 1_744_030_800, utcOffsetSeconds: 5 * 3600)

    public var districts: Int
    public var campsPerDistrict: Int
    /// Days of crossings per snapshot, ending on the snapshot's own day.
    public var days: Int
    /// Crossing points; the first seven carry the names of real notified crossings.
    public var points: Int
    public var seed: UInt64
    /// The instant of `snapshot()` and of the last snapshot of `sequence(count:intervalSeconds:)`.
    public var generatedAt: Instant

    public init(
        districts: Int = 1000, campsPerDistrict: Int = 20, days: Int = 365, points: Int = 6,
        seed: UInt64 = 1, generatedAt: Instant = SyntheticSnapshotGenerator.defaultGeneratedAt
    ) {
        precondition(districts >= 0 && campsPerDistrict >= 0 && days >= 0 && points >= 0, "sizes must not be negative")
        precondition(days <= 100_000, "at most 100000 days of crossings")
        self.districts = districts
        self.campsPerDistrict = campsPerDistrict
        self.days = days
        self.points = points
        self.seed = seed
        self.generatedAt = generatedAt
    }

    /// The snapshot at `generatedAt`.
    public func snapshot() -> Snapshot {
        snapshot(at: generatedAt)
    }

    /// `count` snapshots `intervalSeconds` apart, oldest first; the last one
    /// is `snapshot()`. Camp populations drift between them and complete
    /// crossing days agree.
    public func sequence(count: Int, intervalSeconds: Int64 = 3600) -> [Snapshot] {
        precondition(count >= 0 && intervalSeconds > 0)
        return (0..<count).map { step in
            snapshot(at: generatedAt.adding(seconds: -Int64(count - 1 - step) * intervalSeconds))
        }
    }

    /// The world as it stands at `instant` (written with the instant's own offset).
    public func snapshot(at instant: Instant) -> Snapshot {
        let zone = SnapshotTimeZone.default
        let referenceDay = zone.day(of: generatedAt)
        let daysBefore = instant.seconds(until: generatedAt) / 86_400

        var districtList: [District] = []
        districtList.reserveCapacity(districts)
        let districtWidth = max(4, String(districts).count)
        let campWidth = max(2, String(campsPerDistrict).count)
        for d in 0..<districts {
            var rng = SplitMix64(seed: seed, 0, d)
            let districtID = "d" + padded(d + 1, districtWidth)
            let province = weightedPick(SyntheticSnapshotGenerator.provinces, &rng)
            var camps: [Camp] = []
            camps.reserveCapacity(campsPerDistrict)
            for c in 0..<campsPerDistrict {
                camps.append(camp(
                    id: districtID + "-c" + padded(c + 1, campWidth), district: d, index: c,
                    daysBefore: daysBefore, referenceDay: referenceDay
                ))
            }
            districtList.append(District(id: districtID, name: placeName(&rng), province: province, camps: camps))
        }

        return Snapshot(
            generatedAt: instant,
            timeZoneIdentifier: Snapshot.defaultTimeZoneIdentifier,
            source: "Synthetic test data (seed \(seed); made up, not real figures)",
            districts: districtList,
            crossings: crossings(at: instant, zone: zone, referenceDay: referenceDay),
            deadlines: deadlines(referenceDay: referenceDay, offset: zone.utcOffsetSeconds(at: generatedAt))
        )
    }

    // MARK: Camps

    private func camp(id: String, district: Int, index: Int, daysBefore: Double, referenceDay: CalendarDay) -> Camp {
        var rng = SplitMix64(seed: seed, 1, district, index)
        let name = rng.chance(0.004) ? longName(&rng) : placeName(&rng) + weightedPick(SyntheticSnapshotGenerator.campSuffixes, &rng)

        let roll = rng.int(in: 0...99)
        let status: Camp.Status = roll < 84 ? .open : roll < 95 ? .denotified : .closed
        let denotifiedOn: CalendarDay? = status == .open ? nil : referenceDay.adding(days: -rng.int(in: 60...4000))

        var base: Int
        switch rng.int(in: 0...99) {
        case 0: base = 0
        case 1...59: base = rng.int(in: 300...8000)
        case 60...92: base = rng.int(in: 8000...30000)
        default: base = rng.int(in: 30000...95000)
        }
        if status == .closed { base = rng.chance(0.5) ? 0 : rng.int(in: 0...400) }

        // Share of people leaving per day (negative: arriving), in 1/100000.
        let dailyChange = rng.int(in: -200...1500)
        let drifted = Double(base) * (1 + Double(dailyChange) / 100_000 * daysBefore)
        let population = min(100_000_000, max(0, Int(drifted.rounded(.down))))

        // People per household × 100.
        let perHousehold = rng.int(in: 480...820)
        let households: Int? = rng.chance(0.9) ? population * 100 / perHousehold : nil

        var byDocument: DocumentCounts? = nil
        if population > 0 || rng.chance(0.5), rng.chance(0.93) {
            let weights = [rng.int(in: 6000...8600), rng.int(in: 500...2000), rng.int(in: 200...1200), rng.int(in: 0...150)]
            let parts = Split.parts(of: population, weights: weights, denominator: max(10_000, weights.reduce(0, +)))
            // Feeds leave members out (unknown, not zero) now and then.
            byDocument = DocumentCounts(
                por: parts[0], acc: parts[1],
                undocumented: rng.chance(0.9) ? parts[2] : nil,
                other: rng.chance(0.3) ? parts[3] : nil
            )
        }
        return Camp(
            id: id, name: name, status: status, population: population,
            households: households, byDocument: byDocument, denotifiedOn: denotifiedOn
        )
    }

    // MARK: Crossings

    private func crossings(at instant: Instant, zone: SnapshotTimeZone, referenceDay: CalendarDay) -> [Crossing] {
        guard days > 0, points > 0 else { return [] }
        let offset = zone.utcOffsetSeconds(at: instant)
        let today = instant.day(atOffset: offset)
        let secondsGone = instant.secondOfDay(atOffset: offset)
        let names = pointNames()
        var rows: [Crossing] = []
        rows.reserveCapacity(days * points)
        for dayIndex in 0..<days {
            let day = today.adding(days: dayIndex - (days - 1))
            for p in 0..<points {
                let full = crossing(day: day, point: p, name: names[p], referenceDay: referenceDay)
                rows.append(day == today ? full.scaled(secondsGone, of: 86_400) : full)
            }
        }
        return rows
    }

    /// The complete day's row for (`day`, point `p`): a function of those and the seed only.
    private func crossing(day: CalendarDay, point p: Int, name: String, referenceDay: CalendarDay) -> Crossing {
        var rng = SplitMix64(seed: seed, 2, day.daysSinceEpoch, p)
        var level = p < SyntheticSnapshotGenerator.pointLevels.count ? SyntheticSnapshotGenerator.pointLevels[p] : 0
        if level == 0 {
            var pointRNG = SplitMix64(seed: seed, 3, p)
            level = pointRNG.int(in: 15...60)
        }
        // A deadline a week before the reference day: departures rise in the
        // fortnight before it and surge after it.
        let sinceDeadline = day - referenceDay.adding(days: -7)
        let surge = sinceDeadline > 0 && sinceDeadline <= 60
        var multiplier = 1.0
        if surge {
            multiplier = 5 + 0.4 * Double(min(sinceDeadline, 12))
        } else if sinceDeadline > -14, sinceDeadline <= 0 {
            multiplier = 1 + Double(14 + sinceDeadline) / 10
        }
        // 1970-01-01 was a Thursday; Fridays are quieter.
        if (day.daysSinceEpoch % 7 + 7) % 7 == 1 { multiplier *= 0.7 }
        let total = min(100_000_000, Int(Double(level) * multiplier * rng.double(0.7, 1.3)))

        let deportedShare = surge ? rng.int(in: 2500...3500) : rng.int(in: 300...1000)
        let deported = total * deportedShare / 10_000
        let families: Int? = p % 3 == 2 ? nil : total * 100 / rng.int(in: 480...580)

        let documentWeights = surge
            ? [rng.int(in: 500...900), rng.int(in: 5500...6500), rng.int(in: 2500...3200), rng.int(in: 0...100)]
            : [rng.int(in: 800...1400), rng.int(in: 2500...3500), rng.int(in: 4500...6000), rng.int(in: 0...200)]
        let documents = Split.parts(of: total, weights: documentWeights, denominator: max(10_000, documentWeights.reduce(0, +)))

        var byProvince: [ProvinceCount]? = nil
        if rng.chance(0.95) {
            // Chaman and Badini face Balochistan; their departures come mostly from there.
            let table = p == 1 || p == 5 ? SyntheticSnapshotGenerator.southernDepartureProvinces : SyntheticSnapshotGenerator.departureProvinces
            let weights = table.map { rng.int(in: $0.weight) }
            let parts = Split.parts(of: total, weights: weights, denominator: max(10_000, weights.reduce(0, +)))
            byProvince = zip(table, parts).map {
                ProvinceCount(province: $0.0.name, count: $0.1)
            }
        }
        return Crossing(
            date: day, point: name, total: total, deported: deported, families: families,
            byDocument: DocumentCounts(por: documents[0], acc: documents[1], undocumented: documents[2], other: documents[3]),
            byProvince: byProvince
        )
    }

    private func pointNames() -> [String] {
        (0..<points).map { p in
            p < SyntheticSnapshotGenerator.realPoints.count ? SyntheticSnapshotGenerator.realPoints[p] : "Point " + String(p + 1)
        }
    }

    // MARK: Deadlines

    private func deadlines(referenceDay: CalendarDay, offset: Int32) -> [Deadline] {
        [
            Deadline(
                id: "synthetic-deadline-1", title: "Synthetic deadline (passed)",
                due: .local(referenceDay.adding(days: -7), 23, 59, 59, offset: offset), appliesTo: .acc,
                note: "Made-up date a week before the snapshot, for tests."
            ),
            Deadline(
                id: "synthetic-deadline-2", title: "Synthetic deadline (in 12 weeks)",
                due: .local(referenceDay.adding(days: 84), 23, 59, 59, offset: offset), appliesTo: .por
            ),
            Deadline(
                id: "synthetic-deadline-3", title: "Synthetic deadline (in 21 weeks)",
                due: .local(referenceDay.adding(days: 147), 0, 0, 0, offset: offset), appliesTo: .all
            ),
        ]
    }

    // MARK: Names

    private static let syllables = [
        "ka", "bar", "dar", "gul", "khel", "zai", "ban", "da", "mir", "shah", "pur", "kot",
        "garh", "nag", "man", "sar", "tang", "lan", "di", "ro", "sha", "ma", "ghar", "pal",
    ]

    /// Two or three syllables, capitalised: "Darkhel", "Sarmanpur".
    private func placeName(_ rng: inout SplitMix64) -> String {
        var name = ""
        for _ in 0..<rng.int(in: 2...3) {
            name += SyntheticSnapshotGenerator.syllables[rng.int(in: 0...(SyntheticSnapshotGenerator.syllables.count - 1))]
        }
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// A name at the 80-character limit, to exercise truncation.
    private func longName(_ rng: inout SplitMix64) -> String {
        var name = placeName(&rng)
        while name.count < 80 { name += " " + placeName(&rng) }
        return String(name.prefix(80))
    }

    private static let campSuffixes: [(value: String, weight: Int)] = [
        ("", 60), (" Kalan", 10), (" Khurd", 10), (" Bala", 8), (" Payan", 8), (" No. 2", 4),
    ]

    private static let provinces: [(value: String, weight: Int)] = [
        ("Khyber Pakhtunkhwa", 50), ("Balochistan", 25), ("Punjab", 15), ("Sindh", 10),
    ]

    private static let realPoints = ["Torkham", "Chaman", "Ghulam Khan", "Angoor Adda", "Kharlachi", "Badini", "Bahramcha"]
    private static let pointLevels = [450, 220, 110, 80, 60, 45, 35]

    private static let departureProvinces: [(name: String, weight: ClosedRange<Int>)] = [
        ("Khyber Pakhtunkhwa", 5800...6800), ("Punjab", 2300...3000), ("Islamabad", 500...900),
        ("Sindh", 10...60), ("Balochistan", 0...300), ("Azad Jammu and Kashmir", 10...40), ("Gilgit-Baltistan", 0...3),
    ]

    private static let southernDepartureProvinces: [(name: String, weight: ClosedRange<Int>)] = [
        ("Balochistan", 6500...7500), ("Sindh", 1100...1700), ("Punjab", 600...1000),
        ("Khyber Pakhtunkhwa", 350...650), ("Islamabad", 50...150), ("Azad Jammu and Kashmir", 0...10), ("Gilgit-Baltistan", 0...1),
    ]

    private func padded(_ value: Int, _ width: Int) -> String {
        String(value).leftPadded(to: width)
    }
}

/// An entry drawn with probability proportional to its weight.
func weightedPick<Value>(_ table: [(value: Value, weight: Int)], _ rng: inout SplitMix64) -> Value {
    let total = table.reduce(0) { $0 + $1.weight }
    var pick = rng.int(in: 0...(total - 1))
    for entry in table {
        if pick < entry.weight { return entry.value }
        pick -= entry.weight
    }
    return table[table.count - 1].value
}

extension Crossing {
    /// Every count × `numerator / denominator`, rounded down: for a partial
    /// day. Parts stay within their wholes because rounding down is monotonic
    /// and a sum of floors never exceeds the floor of the sum.
    func scaled(_ numerator: Int, of denominator: Int) -> Crossing {
        func scale(_ value: Int) -> Int { value * numerator / denominator }
        func scale(_ value: Int?) -> Int? { value.map { $0 * numerator / denominator } }
        return Crossing(
            date: date, point: point, total: scale(total), deported: scale(deported), families: scale(families),
            byDocument: byDocument.map {
                DocumentCounts(por: scale($0.por), acc: scale($0.acc), undocumented: scale($0.undocumented), other: scale($0.other))
            },
            byProvince: byProvince?.map { ProvinceCount(province: $0.province, count: scale($0.count)) }
        )
    }
}
