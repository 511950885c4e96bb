/// The (date, point) pairs of the crossing rows seen so far in a snapshot,
/// each with its row's index, to refuse a repeat.
///
/// Points compare as Strings do (canonically equivalent spellings are the
/// same point, as they are when the dashboard groups rows by point), but a
/// String is hashed only the first time a spelling appears: each spelling's
/// bytes map to a point number, and rows are keyed by day and number. A
/// `[CrossingKey: Int]` hashing every row's String took a twentieth of
/// decoding (callgrind).
struct CrossingRowRegistry {
    /// Each spelling of a point, as UTF-8 bytes, to its point number.
    private var spellings = ByteKeyTable<Int>()
    /// Each point, by String equality, to its number: for new spellings.
    private var points: [String: Int] = [:]
    /// Day and point number (16 bytes) to the row's index.
    private var rows = ByteKeyTable<Int>()

    /// Records the row at `index`; when its (day, point) was seen before,
    /// returns the first row's index and records nothing.
    mutating func insert(day: CalendarDay, point: String, index: Int) -> Int? {
        let number = pointNumber(point)
        let key = (Int64(day.daysSinceEpoch).littleEndian, Int64(number).littleEndian)
        return withUnsafeBytes(of: key) { rows.insert($0.bindMemory(to: UInt8.self), value: index) }
    }

    private mutating func pointNumber(_ point: String) -> Int {
        var spelling = point
        return spelling.withUTF8 { bytes in
            if let number = spellings.value(bytes) { return number }
            let number = points[point, default: points.count]
            points[point] = number
            _ = spellings.insert(bytes, value: number)
            return number
        }
    }
}
