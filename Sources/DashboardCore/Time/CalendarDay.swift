/// A day on the calendar (`YYYY-MM-DD`), with no time zone of its own: the
/// snapshot's `timezone` says which 24 hours it covers.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before). Arithmetic and ordering use this.
    public let daysSinceEpoch: Int

    public init(daysSinceEpoch: Int) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    /// Nil when the date does not exist (month 13, 30 February, ...).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDay.daysIn(month: month, year: year)
        else { return nil }
        daysSinceEpoch = CalendarDay.daysFromCivil(year: year, month: month, day: day)
    }

    /// Parses exactly `YYYY-MM-DD`; nil for anything else or a day that does not exist.
    public init?(parsing text: String) {
        guard let day = Array(text.utf8).withUnsafeBufferPointer({ CalendarDay.parse($0) }) else { return nil }
        self = day
    }

    /// Parses exactly `YYYY-MM-DD` from bytes.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> CalendarDay? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = Digits.value(bytes, 0, 4), let month = Digits.value(bytes, 5, 2),
              let day = Digits.value(bytes, 8, 2)
        else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    public var components: (year: Int, month: Int, day: Int) {
        CalendarDay.civilFromDays(daysSinceEpoch)
    }

    public var description: String {
        let (y, m, d) = components
        return Digits.padded(y, 4) + "-" + Digits.padded(m, 2) + "-" + Digits.padded(d, 2)
    }

    public func adding(days: Int) -> CalendarDay { CalendarDay(daysSinceEpoch: daysSinceEpoch + days) }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    public static func - (lhs: CalendarDay, rhs: CalendarDay) -> Int { lhs.daysSinceEpoch - rhs.daysSinceEpoch }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days: exact for the
    // proleptic Gregorian calendar, no Foundation Calendar on the hot path.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
