/// The shift's history: the figures of every valid snapshot read (at start,
/// every file of the directory; then each new one), oldest first, keyed by
/// `generated_at`, as numbers in columns (`HistoryMoment`). Baselines, time
/// travel and trends are queries on it, so the dashboard, `render --at` and
/// `render --baseline` ask the same questions.
///
/// Bounded by time (`keptSeconds` before the newest moment) and by count
/// (`maximumMoments`), whichever is reached first; the oldest go first.
/// A moment whose file is later deleted stays: its figures were true when
/// read, and a producer that prunes old files must not erase the shift.
public struct ShiftHistory: Sendable {
    public static let defaultHours = 24
    /// A week: past it an operator wants a report, not a dashboard.
    public static let maximumHours = 168
    /// One snapshot a minute for a day; past it the oldest go even within the hours.
    public static let defaultMaximumMoments = 1_440

    public let keptSeconds: Int64
    public let maximumMoments: Int
    /// Oldest first; ties in `generated_at` by path, as the store orders them.
    public private(set) var moments: [HistoryMoment] = []

    // Ids, once for all moments: a moment's arrays are indexed by these columns.
    private var districtColumns = IdentifierTable()
    private var campColumns = IdentifierTable()
    /// Column → id, for rebuilding a moment's figures keyed by id.
    private var districtIDs: [String] = []
    private var campIDs: [String] = []
    /// Column → the names last seen, for rows of what disappeared since a kept moment.
    private var districtLabels: [(name: String, province: String)] = []
    private var campLabels: [(name: String, district: Int)] = []
    /// Columns in the order the last snapshot recorded listed them.
    private var lastCampOrder: [Int] = []
    private var lastDistrictOrder: [Int] = []
    private var pointColumns: [String: Int32] = [:]
    private var pointNames: [String] = []

    public init(hours: Int = ShiftHistory.defaultHours, maximumMoments: Int = ShiftHistory.defaultMaximumMoments) {
        precondition(hours >= 1 && maximumMoments >= 2, "the history keeps at least an hour and two snapshots")
        keptSeconds = Int64(hours) * 3600
        self.maximumMoments = maximumMoments
    }

    public var newest: HistoryMoment? { moments.last }
    public var oldest: HistoryMoment? { moments.first }

    /// Records the figures of a valid snapshot read from `path`. A path
    /// rewritten with a later snapshot adds a moment; read again at the same
    /// or an earlier time, it replaces those moments; a late, older snapshot
    /// goes in its place in time. Returns false when the snapshot is
    /// older than the history keeps and was not recorded.
    @discardableResult
    public mutating func record(_ snapshot: Snapshot, path: String) -> Bool {
        // A file rewritten in place with a later snapshot is a new moment of
        // the shift; its earlier versions stay (Change in single-file mode
        // compares with them). One rewound, or read again, replaces what it
        // had said for that time or later.
        moments.removeAll { $0.path == path && $0.generatedAt >= snapshot.generatedAt }
        if let newest, snapshot.generatedAt < newest.generatedAt.adding(seconds: -keptSeconds) { return false }
        let moment = compact(snapshot, path: path)
        let index = moments.firstIndex { ShiftHistory.isOrdered(moment, before: $0) } ?? moments.count
        moments.insert(moment, at: index)
        trim()
        return true
    }

    static func isOrdered(_ a: HistoryMoment, before b: HistoryMoment) -> Bool {
        if a.generatedAt != b.generatedAt { return a.generatedAt < b.generatedAt }
        return a.path < b.path
    }

    private mutating func trim() {
        guard let newest else { return }
        let cutoff = newest.generatedAt.adding(seconds: -keptSeconds)
        let tooOld = moments.prefix { $0.generatedAt < cutoff }.count
        let overCount = moments.count - maximumMoments
        let drop = max(tooOld, overCount)
        if drop > 0 { moments.removeFirst(drop) }
    }

    private mutating func compact(_ snapshot: Snapshot, path: String) -> HistoryMoment {
        if campIDs.isEmpty {
            // The first snapshot makes the id tables: sized once rather than grown through every doubling.
            campColumns = IdentifierTable(minimumCapacity: snapshot.districts.reduce(0) { $0 + $1.camps.count } * 2)
            districtColumns = IdentifierTable(minimumCapacity: snapshot.districts.count * 2)
        }
        var districts = [Int64](repeating: HistoryMoment.absentDistrict, count: districtColumns.count + snapshot.districts.count)
        var camps = [UInt32](repeating: 0, count: campColumns.count + snapshot.districts.reduce(0) { $0 + $1.camps.count })
        var total = 0
        var campDistricts: [Int] = []
        // Producers list districts and camps in the same order snapshot after
        // snapshot: the column at the same position, if its id matches, saves hashing the id.
        var campOrder: [Int] = [], districtOrder: [Int] = []
        campOrder.reserveCapacity(lastCampOrder.count)
        districtOrder.reserveCapacity(snapshot.districts.count)
        for district in snapshot.districts {
            var population = 0, open = 0
            for camp in district.camps {
                population += camp.population
                if camp.status == .open { open += 1 }
                let position = campOrder.count
                let column = position < lastCampOrder.count && campIDs[lastCampOrder[position]] == camp.id
                    ? lastCampOrder[position] : column(of: camp.id, in: &campColumns, ids: &campIDs)
                camps[column] = HistoryMoment.packCamp(population: camp.population, isOpen: camp.status == .open)
                campDistricts.append(column)
                campOrder.append(column)
            }
            let position = districtOrder.count
            let column = position < lastDistrictOrder.count && districtIDs[lastDistrictOrder[position]] == district.id
                ? lastDistrictOrder[position] : column(of: district.id, in: &districtColumns, ids: &districtIDs)
            districtOrder.append(column)
            label(district: column, name: district.name, province: district.province)
            for (camp, campColumn) in zip(district.camps, campDistricts) { label(camp: campColumn, name: camp.name, district: column) }
            campDistricts.removeAll(keepingCapacity: true)
            districts[column] = HistoryMoment.packDistrict(population: population, openCamps: open)
            total += population
        }
        lastCampOrder = campOrder
        lastDistrictOrder = districtOrder
        // Exactly as long as the columns seen so far, so no moment keeps spare capacity.
        districts = Array(districts[..<districtIDs.count])
        camps = Array(camps[..<campIDs.count])

        var dailyTotals: [HistoryCrossingDay] = []
        var rowOfDay: [Int64: Int] = [:]
        for crossing in snapshot.crossings {
            let point = pointColumn(crossing.point)
            let key = Int64(point) << 32 | Int64(UInt32(bitPattern: Int32(crossing.date.daysSinceEpoch)))
            if let row = rowOfDay[key] {
                dailyTotals[row].total += Int32(crossing.total)
            } else {
                rowOfDay[key] = dailyTotals.count
                dailyTotals.append(HistoryCrossingDay(point: point, day: Int32(crossing.date.daysSinceEpoch), total: Int32(crossing.total)))
            }
        }
        return HistoryMoment(
            generatedAt: snapshot.generatedAt, path: path, timeZoneIdentifier: snapshot.timeZoneIdentifier,
            districts: districts, camps: camps, crossings: dailyTotals, totalPopulation: total
        )
    }

    private func column(of id: String, in table: inout IdentifierTable, ids: inout [String]) -> Int {
        if let column = table.value(id) { return column }
        let column = ids.count
        table.insert(id, column)
        ids.append(id)
        return column
    }

    private mutating func label(district column: Int, name: String, province: String) {
        if column == districtLabels.count {
            districtLabels.append((name, province))
        } else if districtLabels[column].name != name || districtLabels[column].province != province {
            districtLabels[column] = (name, province)
        }
    }

    private mutating func label(camp column: Int, name: String, district: Int) {
        if column == campLabels.count {
            campLabels.append((name, district))
        } else if campLabels[column].district != district || campLabels[column].name != name {
            campLabels[column] = (name, district)
        }
    }

    private mutating func pointColumn(_ name: String) -> Int32 {
        if let column = pointColumns[name] { return column }
        let column = Int32(pointNames.count)
        pointColumns[name] = column
        pointNames.append(name)
        return column
    }

    // MARK: Queries

    /// The newest kept moment at or before `instant`; nil when every kept one is later.
    public func moment(atOrBefore instant: Instant) -> HistoryMoment? {
        moments.last { $0.generatedAt <= instant }
    }

    /// The kept moment read from `path` at `generatedAt`, if it is still kept.
    public func moment(path: String, generatedAt: Instant) -> HistoryMoment? {
        moments.last { $0.path == path && $0.generatedAt == generatedAt }
    }

    /// The district's population in `moment`; nil when it was not in it.
    public func population(ofDistrict id: String, in moment: HistoryMoment) -> Int? {
        districtColumns.value(id).flatMap(moment.districtPopulation(column:))
    }

    /// The district's population in the newest kept snapshot at or before
    /// `instant`; nil when there is none or the district was not in it.
    /// (Alert rules ask this with the baseline's instant.)
    public func population(ofDistrict id: String, at instant: Instant) -> Int? {
        moment(atOrBefore: instant).flatMap { population(ofDistrict: id, in: $0) }
    }

    /// Open camps of the district in `moment`; nil when it was not in it.
    public func openCamps(ofDistrict id: String, in moment: HistoryMoment) -> Int? {
        districtColumns.value(id).flatMap(moment.districtOpenCamps(column:))
    }

    /// The camp's population in `moment`; nil when it was not in it.
    public func population(ofCamp id: String, in moment: HistoryMoment) -> Int? {
        campColumns.value(id).flatMap(moment.campPopulation(column:))
    }

    /// Whether the camp was open in `moment`; nil when it was not in it.
    public func isOpen(camp id: String, in moment: HistoryMoment) -> Bool? {
        campColumns.value(id).flatMap(moment.campIsOpen(column:))
    }

    /// The point's crossings on `day` as `moment` reported them; nil without a row.
    public func crossings(atPoint point: String, on day: CalendarDay, in moment: HistoryMoment) -> Int? {
        guard let column = pointColumns[point] else { return nil }
        return moment.crossings.first { $0.point == column && Int($0.day) == day.daysSinceEpoch }.map { Int($0.total) }
    }

    /// Every kept moment's district and camp populations, keyed by id, for
    /// "change since" a moment (`PreviousPopulations(moment:in:)`).
    func populations(in moment: HistoryMoment) -> (districts: IdentifierTable, camps: IdentifierTable) {
        var districts = IdentifierTable(minimumCapacity: moment.districts.count)
        var camps = IdentifierTable(minimumCapacity: moment.camps.count)
        for column in moment.districts.indices {
            if let population = moment.districtPopulation(column: column) { districts.insert(districtIDs[column], population) }
        }
        for column in moment.camps.indices {
            if let population = moment.campPopulation(column: column) { camps.insert(campIDs[column], population) }
        }
        return (districts, camps)
    }

    /// A kept moment as a snapshot of districts and camps with their last seen
    /// names and their populations then (open or closed; documents, households
    /// and crossings are not kept): enough to list what disappeared since it.
    /// A camp is placed in the district it was last seen in.
    public func outline(of moment: HistoryMoment) -> Snapshot {
        var campsByDistrict = [[Camp]](repeating: [], count: districtIDs.count)
        for column in moment.camps.indices {
            guard let population = moment.campPopulation(column: column) else { continue }
            let label = campLabels[column]
            campsByDistrict[label.district].append(Camp(
                id: campIDs[column], name: label.name, status: moment.campIsOpen(column: column) == true ? .open : .closed, population: population
            ))
        }
        let districts = moment.districts.indices.compactMap { column -> District? in
            guard moment.districtValue(column: column) != nil else { return nil }
            return District(id: districtIDs[column], name: districtLabels[column].name, province: districtLabels[column].province,
                            camps: campsByDistrict[column])
        }
        return Snapshot(generatedAt: moment.generatedAt, timeZoneIdentifier: moment.timeZoneIdentifier, districts: districts)
    }

    /// What the kept moments cost beyond the shared id tables, in bytes.
    public var figureBytes: Int { moments.reduce(0) { $0 + $1.figureBytes } }
}
