import DashboardCore
import Foundation

/// The bundled illustrative sample set (Resources/snapshots): six snapshots
/// over 7 April 2025, Asia/Karachi.
///
/// Made up, at the magnitudes of the public figures collected in
/// facts.md, with the real names of districts, refugee villages and crossing
/// points. The figures themselves are not real, and each snapshot's `source`
/// says so. Where facts.md gives no name (a district's further villages) the
/// village is named after its district; which Balochistan district each
/// village sits in, and the de-notification dates, are illustrative too.
///
/// Between snapshots, people leave the camps (a few camps stay unchanged) and
/// the partial count for 7 April at each crossing grows; complete days agree
/// across snapshots. Deterministic: same bytes on every run.
public enum SampleSnapshots {
    public static let source = "Illustrative sample data (made up at public magnitudes; not real figures)"
    public static let timeZoneIdentifier = "Asia/Karachi"
    /// +05:00, Pakistan Standard Time (no daylight saving since 2009).
    static let offset: Int32 = 5 * 3600
    /// 2025-04-07, the day of every sample snapshot and the last day of crossings.
    public static let day = CalendarDay(year: 2025, month: 4, day: 7)!
    /// Days of crossings in each snapshot, ending on `day`.
    public static let crossingDays = 90
    /// The hours (local time) of the snapshots.
    public static let hours = [6, 9, 12, 15, 18, 21]
    private static let firstHour = 6
    private static let seed: UInt64 = 20_250_407

    /// The instants of the sample snapshots, oldest first.
    public static var instants: [Instant] {
        hours.map { Instant.local(day, $0, offset: offset) }
    }

    /// All sample snapshots, oldest first.
    public static func all() -> [Snapshot] {
        hours.map(snapshot(hour:))
    }

    /// The sample snapshot at `hour`:00 local time on 2025-04-07 (any hour
    /// from 6 to 23 gives a consistent snapshot; the bundled set uses `hours`).
    public static func snapshot(hour: Int) -> Snapshot {
        precondition((firstHour...23).contains(hour))
        return Snapshot(
            generatedAt: Instant.local(day, hour, offset: offset),
            timeZoneIdentifier: timeZoneIdentifier,
            source: source,
            districts: districts(hoursSinceFirst: hour - firstHour),
            crossings: crossings(secondOfDay: hour * 3600),
            deadlines: deadlines
        )
    }

    /// Writes every sample snapshot, pretty-printed unless told otherwise, as
    /// `2025-04-07T0600.json` ... into `directory` (created if missing), each
    /// file atomically. Returns the files written, oldest first.
    @discardableResult
    public static func writeAll(to directory: URL, pretty: Bool = true) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let encoder = SnapshotEncoder(pretty: pretty)
        return try all().map { snapshot in
            let url = directory.appendingPathComponent(SnapshotFiles.fileName(for: snapshot.generatedAt))
            try SnapshotFiles.writeAtomically(encoder.encode(snapshot), to: url)
            return url
        }
    }

    // MARK: Deadlines

    /// The programme dates (facts.md). The first-phase date of 1 November
    /// 2023 is left out: more than a year before the snapshots, it would
    /// draw the spec's warning.
    static let deadlines: [Deadline] = [
        Deadline(
            id: "ifrp-phase2-acc", title: "ACC holders: end of voluntary return period",
            due: Instant(rfc3339: "2025-03-31T23:59:59+05:00")!, appliesTo: .acc,
            note: "Afghan Citizen Card holders were told to leave by this date; removals from 1 April 2025."
        ),
        Deadline(
            id: "por-card-validity", title: "PoR cards: end of extended validity",
            due: Instant(rfc3339: "2025-06-30T23:59:59+05:00")!, appliesTo: .por,
            note: "Proof of Registration card validity extended to 30 June 2025."
        ),
        Deadline(
            id: "por-holders-leave", title: "PoR card holders: date to leave",
            due: Instant(rfc3339: "2025-09-01T00:00:00+05:00")!, appliesTo: .por,
            note: "Date announced for PoR card holders to leave; removals from 1 September 2025."
        ),
    ]

    // MARK: Camps

    private enum Documents {
        /// Shares drawn from the seed (mostly PoR holders, as registered refugees).
        case derived
        /// Fixed counts at 06:00.
        case fixed(por: Int, acc: Int, undocumented: Int)
        /// The feed gives no breakdown.
        case none
    }

    private struct CampEntry {
        var name: String
        /// Overrides the id's last part (default: the name, lowercased, spaces as hyphens).
        var slug: String? = nil
        /// People at 06:00.
        var population: Int
        /// Households at 06:00; nil: derived from the population; 0 with `noHouseholds`.
        var households: Int? = nil
        var noHouseholds = false
        var status: Camp.Status = .open
        var denotifiedOn: String? = nil
        var documents: Documents = .derived
        /// Nil: drawn from the seed. 0: nobody leaves during the day.
        var leavingPerHourPer100k: Int? = nil
    }

    private struct DistrictEntry {
        var id: String
        var name: String
        var province: String
        var camps: [CampEntry]
    }

    private static let kp = "Khyber Pakhtunkhwa"
    private static let balochistan = "Balochistan"
    private static let punjab = "Punjab"

    /// About 444,000 people at 06:00 in 53 villages: 42 in Khyber
    /// Pakhtunkhwa, 10 in Balochistan (about 85,000), 1 in Punjab.
    private static let table: [DistrictEntry] = [
        DistrictEntry(id: "kp-peshawar", name: "Peshawar", province: kp, camps: [
            CampEntry(name: "Kababian", population: 5_988),
            CampEntry(name: "Badaber", population: 8_316),
            CampEntry(name: "Khazana", population: 14_210, households: 2_380,
                      documents: .fixed(por: 11_020, acc: 2_150, undocumented: 1_040), leavingPerHourPer100k: 0),
            CampEntry(name: "Naguman", population: 7_864),
            CampEntry(name: "Khurasan", population: 5_573, status: .denotified, denotifiedOn: "2018-08-31"),
            CampEntry(name: "Mera Kachori", population: 3_921),
            CampEntry(name: "Shamshatoo", population: 16_847),
            CampEntry(name: "Hajizai", population: 4_238),
        ]),
        DistrictEntry(id: "kp-hangu", name: "Hangu", province: kp, camps: [
            CampEntry(name: "Lakhti Banda", population: 3_126),
            CampEntry(name: "Kata Kani", population: 2_417),
            CampEntry(name: "Kahi", population: 4_083),
            CampEntry(name: "Darsamand", population: 2_894),
            CampEntry(name: "Thall", population: 3_571),
        ]),
        DistrictEntry(id: "kp-kohat", name: "Kohat", province: kp, camps: [
            CampEntry(name: "Gamkol", population: 11_562),
            CampEntry(name: "Oblan", population: 3_318),
            CampEntry(name: "Ghulam Banda", population: 4_407),
            CampEntry(name: "Chichana", population: 2_196, status: .denotified, denotifiedOn: "2017-06-30"),
        ]),
        DistrictEntry(id: "kp-nowshera", name: "Nowshera", province: kp, camps: [
            CampEntry(name: "Akora Khattak", population: 9_168),
            CampEntry(name: "Khairabad", population: 3_772),
            CampEntry(name: "Turkaman", population: 2_641),
        ]),
        DistrictEntry(id: "kp-lower-dir", name: "Lower Dir", province: kp, camps: [
            CampEntry(name: "Chakdara", population: 3_402),
            CampEntry(name: "Timergara", population: 5_086),
            CampEntry(name: "Toor", population: 2_317, status: .denotified, denotifiedOn: "2016-03-31"),
        ]),
        DistrictEntry(id: "kp-upper-dir", name: "Upper Dir", province: kp, camps: [
            CampEntry(name: "Upper Dir village", slug: "village", population: 0, noHouseholds: true,
                      status: .closed, documents: .none, leavingPerHourPer100k: 0),
        ]),
        DistrictEntry(id: "kp-mardan", name: "Mardan", province: kp, camps: [
            // 2,720 families in Mardan's villages (facts.md).
            CampEntry(name: "Jalala", population: 8_276, households: 1_563),
            CampEntry(name: "Baghicha", population: 6_118, households: 1_157),
        ]),
        DistrictEntry(id: "kp-swabi", name: "Swabi", province: kp, camps: [
            CampEntry(name: "Barakai", population: 9_743),
            CampEntry(name: "Gandaf", population: 23_106),
            CampEntry(name: "Gohati", population: 29_874),
        ]),
        DistrictEntry(id: "kp-buner", name: "Buner", province: kp, camps: [
            CampEntry(name: "Koga", population: 7_385),
        ]),
        DistrictEntry(id: "kp-haripur", name: "Haripur", province: kp, camps: [
            // Over 90,000 people, 13,000 families (facts.md).
            CampEntry(name: "Panian", population: 90_642, households: 13_047),
            CampEntry(name: "Haripur village 2", slug: "village-2", population: 3_912),
            CampEntry(name: "Haripur village 3", slug: "village-3", population: 4_893),
        ]),
        DistrictEntry(id: "kp-chitral", name: "Chitral", province: kp, camps: [
            CampEntry(name: "Chitral village", slug: "village", population: 2_614, documents: .none),
        ]),
        DistrictEntry(id: "kp-mansehra", name: "Mansehra", province: kp, camps: [
            CampEntry(name: "Khaki", population: 5_706),
            CampEntry(name: "Ichrian", population: 3_915),
            CampEntry(name: "Barari", population: 3_088),
        ]),
        DistrictEntry(id: "kp-dera-ismail-khan", name: "Dera Ismail Khan", province: kp, camps: [
            CampEntry(name: "Zafarabad", population: 4_317),
        ]),
        DistrictEntry(id: "kp-tank", name: "Tank", province: kp, camps: [
            CampEntry(name: "Dabara", population: 2_402),
        ]),
        DistrictEntry(id: "kp-lakki-marwat", name: "Lakki Marwat", province: kp, camps: [
            CampEntry(name: "Gandi Khan Khel", population: 3_794),
        ]),
        DistrictEntry(id: "kp-bannu", name: "Bannu", province: kp, camps: [
            CampEntry(name: "Bizenkhel", population: 2_213),
        ]),
        DistrictEntry(id: "kp-kurram", name: "Kurram", province: kp, camps: [
            CampEntry(name: "Kurram village", slug: "village", population: 3_121, noHouseholds: true, documents: .none),
        ]),
        DistrictEntry(id: "bl-quetta", name: "Quetta", province: balochistan, camps: [
            CampEntry(name: "Mohammad Khel", population: 8_915),
        ]),
        DistrictEntry(id: "bl-pishin", name: "Pishin", province: balochistan, camps: [
            CampEntry(name: "Surkhab", population: 17_240),
            CampEntry(name: "Lajay Karez", population: 7_330),
            CampEntry(name: "ZK Karez", population: 5_480),
            CampEntry(name: "Malgagai", population: 6_105),
            CampEntry(name: "Saranan", population: 13_870),
        ]),
        DistrictEntry(id: "bl-loralai", name: "Loralai", province: balochistan, camps: [
            CampEntry(name: "Katwai", population: 4_790, status: .denotified, denotifiedOn: "2019-12-31"),
        ]),
        DistrictEntry(id: "bl-killa-saifullah", name: "Killa Saifullah", province: balochistan, camps: [
            CampEntry(name: "Poshi", population: 4_655),
            CampEntry(name: "Ghazgahi Minara", population: 4_210),
        ]),
        DistrictEntry(id: "bl-chaghi", name: "Chaghi", province: balochistan, camps: [
            CampEntry(name: "Girdi Jungle", population: 12_460),
        ]),
        DistrictEntry(id: "pb-mianwali", name: "Mianwali", province: punjab, camps: [
            // 13,152 people and 2,408 families in 2019 (facts.md).
            CampEntry(name: "Kot Chandna", population: 12_918, households: 2_371),
        ]),
    ]

    private static func districts(hoursSinceFirst hours: Int) -> [District] {
        var campNumber = 0
        return table.map { entry in
            District(id: entry.id, name: entry.name, province: entry.province, camps: entry.camps.map { camp in
                campNumber += 1
                return makeCamp(camp, districtID: entry.id, number: campNumber, hoursSinceFirst: hours)
            })
        }
    }

    private static func makeCamp(_ entry: CampEntry, districtID: String, number: Int, hoursSinceFirst hours: Int) -> Camp {
        var rng = SplitMix64(seed: seed, 1, number)
        let slug = entry.slug ?? entry.name.lowercased().replacingOccurrences(of: " ", with: "-")

        // People at 06:00, by document.
        var documents: (por: Int, acc: Int, undocumented: Int)?
        switch entry.documents {
        case .none:
            documents = nil
        case let .fixed(por, acc, undocumented):
            documents = (por, acc, undocumented)
        case .derived:
            // Denotified villages hold more people without a valid card.
            let weights = entry.status == .denotified
                ? [rng.int(in: 6200...7000), rng.int(in: 1300...1800), rng.int(in: 1000...1500)]
                : [rng.int(in: 7600...8400), rng.int(in: 900...1400), rng.int(in: 300...700)]
            let parts = Split.parts(of: entry.population, weights: weights, denominator: max(10_000, weights.reduce(0, +)))
            documents = (parts[0], parts[1], parts[2])
        }
        let perHouseholdX100 = rng.int(in: 560...690)
        let households = entry.noHouseholds ? nil : entry.households ?? entry.population * 100 / perHouseholdX100

        // People who left since 06:00: ACC holders first (their deadline has
        // passed), then people without documents, then PoR holders.
        let rate = entry.leavingPerHourPer100k
            ?? (rng.chance(0.15) ? 0 : entry.status == .denotified ? rng.int(in: 15...45) : rng.int(in: 2...20))
        let left = min(entry.population, entry.population * rate * hours / 100_000)
        let population = entry.population - left
        var byDocument: DocumentCounts?
        if var documents {
            var remaining = left
            let fromACC = min(remaining, documents.acc)
            documents.acc -= fromACC
            remaining -= fromACC
            let fromUndocumented = min(remaining, documents.undocumented)
            documents.undocumented -= fromUndocumented
            remaining -= fromUndocumented
            documents.por -= min(remaining, documents.por)
            byDocument = DocumentCounts(por: documents.por, acc: documents.acc, undocumented: documents.undocumented)
        }
        return Camp(
            id: districtID + "-" + slug,
            name: entry.name,
            status: entry.status,
            population: population,
            households: households.map { entry.population == 0 ? $0 : $0 - $0 * left / entry.population },
            byDocument: byDocument,
            denotifiedOn: entry.denotifiedOn.map { CalendarDay(parsing: $0)! }
        )
    }

    // MARK: Crossings

    private struct PointEntry {
        var name: String
        /// Full-day totals on quiet days (before mid-March).
        var quiet: ClosedRange<Int>
        /// Full-day totals, 1 to 7 April 2025.
        var afterDeadline: [Int]
        /// The point's departures come mostly from Balochistan and Sindh.
        var southern = false
        /// The feed for this point counts families.
        var countsFamilies = false
    }

    private static let points: [PointEntry] = [
        PointEntry(name: "Torkham", quiet: 320...680, afterDeadline: [2_140, 2_610, 3_050, 3_480, 3_920, 4_370, 4_810], countsFamilies: true),
        PointEntry(name: "Chaman", quiet: 180...420, afterDeadline: [520, 630, 740, 850, 960, 1_060, 1_150], southern: true, countsFamilies: true),
        PointEntry(name: "Ghulam Khan", quiet: 60...180, afterDeadline: [240, 290, 350, 400, 450, 510, 560]),
        PointEntry(name: "Angoor Adda", quiet: 40...140, afterDeadline: [170, 210, 250, 290, 330, 360, 400]),
        PointEntry(name: "Kharlachi", quiet: 25...110, afterDeadline: [120, 150, 180, 200, 230, 260, 290]),
        PointEntry(name: "Badini", quiet: 20...90, afterDeadline: [100, 120, 150, 170, 200, 220, 250], southern: true),
    ]

    /// Rows for the `crossingDays` days ending on 7 April, oldest first; the
    /// 7 April rows cover the day up to `secondOfDay`.
    private static func crossings(secondOfDay: Int) -> [Crossing] {
        let deadlineDay = CalendarDay(year: 2025, month: 3, day: 31)!
        let partial = partOfDayGone(secondOfDay)
        var rows: [Crossing] = []
        for dayIndex in 0..<crossingDays {
            let date = day.adding(days: dayIndex - (crossingDays - 1))
            for (p, point) in points.enumerated() {
                let full = crossing(date: date, pointIndex: p, point: point, sinceDeadline: date - deadlineDay)
                rows.append(date == day ? full.scaled(partial, of: 1_000_000) : full)
            }
        }
        return rows
    }

    /// The complete day at one point; depends on the date and point only.
    private static func crossing(date: CalendarDay, pointIndex: Int, point: PointEntry, sinceDeadline: Int) -> Crossing {
        var rng = SplitMix64(seed: seed, 2, date.daysSinceEpoch, pointIndex)
        let after = sinceDeadline >= 1
        var total: Int
        if after {
            let planned = point.afterDeadline[min(sinceDeadline, point.afterDeadline.count) - 1]
            total = planned * rng.int(in: 940...1060) / 1000
        } else {
            total = rng.int(in: point.quiet)
            // Departures rise over the fortnight before the deadline.
            if sinceDeadline > -14 { total = total * (100 + 10 * (14 + sinceDeadline)) / 100 }
            // 1970-01-01 was a Thursday; Fridays are quieter.
            if (date.daysSinceEpoch % 7 + 7) % 7 == 1 { total = total * 3 / 4 }
        }

        // Removed by the authorities: about 31% in early April, a few percent before.
        let deported = total * (after ? rng.int(in: 2800...3400) : rng.int(in: 300...900)) / 10_000
        let families: Int? = point.countsFamilies ? total * 10 / 53 : nil

        let documentWeights = after
            ? [rng.int(in: 500...900), rng.int(in: 5500...6500), rng.int(in: 2500...3200), rng.int(in: 0...80)]
            : [rng.int(in: 800...1400), rng.int(in: 2500...3500), rng.int(in: 4500...5800), rng.int(in: 0...150)]
        let documents = Split.parts(of: total, weights: documentWeights, denominator: max(10_000, documentWeights.reduce(0, +)))

        // Province of departure; shares as reported for 1-7 April 2025
        // (Khyber Pakhtunkhwa 65%, Punjab 27%, Islamabad 8%, a few elsewhere).
        let provinces: [(String, ClosedRange<Int>)] = point.southern
            ? [("Balochistan", 6500...7500), ("Sindh", 1100...1700), ("Punjab", 600...1000),
               ("Khyber Pakhtunkhwa", 350...650), ("Islamabad", 50...150), ("Azad Jammu and Kashmir", 0...10), ("Gilgit-Baltistan", 0...1)]
            : [("Khyber Pakhtunkhwa", 6200...6750), ("Punjab", 2550...2850), ("Islamabad", 700...860),
               ("Sindh", 12...32), ("Azad Jammu and Kashmir", 10...28), ("Gilgit-Baltistan", 0...1)]
        let weights = provinces.map { rng.int(in: $0.1) }
        let parts = Split.parts(of: total, weights: weights, denominator: max(10_000, weights.reduce(0, +)))

        return Crossing(
            date: date, point: point.name, total: total, deported: deported, families: families,
            byDocument: DocumentCounts(por: documents[0], acc: documents[1], undocumented: documents[2], other: documents[3]),
            byProvince: zip(provinces, parts).map { ProvinceCount(province: $0.0.0, count: $0.1) }
        )
    }

    /// Share of a day's crossings done by `secondOfDay`, in millionths:
    /// none before 05:00, 97% spread evenly over 05:00-19:00, the rest by midnight.
    static func partOfDayGone(_ secondOfDay: Int) -> Int {
        let five = 5 * 3600, nineteen = 19 * 3600
        if secondOfDay <= five { return 0 }
        if secondOfDay <= nineteen { return 970_000 * (secondOfDay - five) / (nineteen - five) }
        return 970_000 + 30_000 * min(secondOfDay - nineteen, 5 * 3600) / (5 * 3600)
    }
}
