/// One snapshot as the history keeps it: its time and file, and its figures
/// as numbers in columns (one column per district, camp or crossing point id
/// the history has seen; `ShiftHistory` owns the ids, once for all moments).
///
/// Packed so that a camp costs 4 bytes per snapshot and a district 8: with a
/// year of crossings at 6 points, 5.7 bytes per camp per snapshot in all, so a
/// 24-hour shift of a snapshot every 5 minutes over 20,000 camps is 33 MB,
/// where the whole models would be 64 bytes per camp plus names, several GB.
public struct HistoryMoment: Sendable, Equatable {
    public let generatedAt: Instant
    /// The file it was read from; time travel reads it again from there.
    public let path: String
    /// The snapshot's `timezone`, for the times the screen prints.
    public let timeZoneIdentifier: String
    /// Per district column: population << 16 | open camps; -1 when absent.
    var districts: [Int64]
    /// Per camp column: (population + 1) << 1 | open; 0 when absent.
    var camps: [UInt32]
    /// Daily crossing totals, per point column and day.
    var crossings: [HistoryCrossingDay]

    /// Sum of every district's population (camps of every status, as the tables count).
    public let totalPopulation: Int

    static let absentDistrict: Int64 = -1
    static let openCampsBits: Int64 = 16

    static func packDistrict(population: Int, openCamps: Int) -> Int64 {
        Int64(population) << openCampsBits | Int64(min(openCamps, 0xFFFF))
    }

    static func packCamp(population: Int, isOpen: Bool) -> UInt32 {
        UInt32(population + 1) << 1 | (isOpen ? 1 : 0)
    }

    func districtValue(column: Int) -> Int64? {
        guard column < districts.count, districts[column] != HistoryMoment.absentDistrict else { return nil }
        return districts[column]
    }

    func districtPopulation(column: Int) -> Int? {
        districtValue(column: column).map { Int($0 >> HistoryMoment.openCampsBits) }
    }

    func districtOpenCamps(column: Int) -> Int? {
        districtValue(column: column).map { Int($0 & 0xFFFF) }
    }

    func campPopulation(column: Int) -> Int? {
        guard column < camps.count, camps[column] != 0 else { return nil }
        return Int(camps[column] >> 1) - 1
    }

    func campIsOpen(column: Int) -> Bool? {
        guard column < camps.count, camps[column] != 0 else { return nil }
        return camps[column] & 1 == 1
    }

    /// Bytes of figures this moment holds beyond the shared id tables (the
    /// allocator may round each array up by a few bytes; `make bench` measures the process).
    var figureBytes: Int {
        districts.count * MemoryLayout<Int64>.stride + camps.count * MemoryLayout<UInt32>.stride
            + crossings.count * MemoryLayout<HistoryCrossingDay>.stride + path.utf8.count + timeZoneIdentifier.utf8.count
    }
}

/// One point's crossings on one day, as a moment of the history keeps it.
struct HistoryCrossingDay: Sendable, Equatable {
    var point: Int32
    var day: Int32
    var total: Int32
}
