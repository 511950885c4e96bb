import Foundation

/// A point in time read from an RFC 3339 string with an offset
/// (`2025-04-07T18:00:00+05:00`). Keeps the writer's offset so the time can be
/// shown as written; ordering and arithmetic use the absolute instant only.
public struct Instant: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Whole seconds since 1970-01-01T00:00:00Z.
    public let epochSeconds: Int64
    /// Fraction of the second, 0..<1_000_000_000.
    public let nanoseconds: Int32
    /// The offset the producer wrote, in seconds east of UTC.
    public let utcOffsetSeconds: Int32

    public init(epochSeconds: Int64, nanoseconds: Int32 = 0, utcOffsetSeconds: Int32 = 0) {
        self.epochSeconds = epochSeconds
        self.nanoseconds = nanoseconds
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    public init(_ date: Date, utcOffsetSeconds: Int32 = 0) {
        let seconds = date.timeIntervalSince1970
        let whole = seconds.rounded(.down)
        self.init(
            epochSeconds: Int64(whole),
            nanoseconds: Int32(min(999_999_999, max(0, ((seconds - whole) * 1e9).rounded()))),
            utcOffsetSeconds: utcOffsetSeconds
        )
    }

    public var date: Date {
        Date(timeIntervalSince1970: Double(epochSeconds) + Double(nanoseconds) / 1e9)
    }

    /// Seconds from `self` to `other` (positive when `other` is later).
    public func seconds(until other: Instant) -> Double {
        Double(other.epochSeconds - epochSeconds) + Double(other.nanoseconds - nanoseconds) / 1e9
    }

    public func adding(seconds: Int64) -> Instant {
        Instant(epochSeconds: epochSeconds + seconds, nanoseconds: nanoseconds, utcOffsetSeconds: utcOffsetSeconds)
    }

    /// The same instant expressed with another offset.
    public func withOffset(_ seconds: Int32) -> Instant {
        Instant(epochSeconds: epochSeconds, nanoseconds: nanoseconds, utcOffsetSeconds: seconds)
    }

    /// Parses RFC 3339 `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`. The offset
    /// is required. Nil when the text does not have that form or names a time
    /// that does not exist (month 13, 25:00, offset +24:00...).
    public init?(rfc3339 text: String) {
        guard let parsed = Array(text.utf8).withUnsafeBufferPointer({ Instant.parse($0) }) else { return nil }
        self = parsed
    }

    public static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Instant? {
        // Shortest form: 2025-04-07T18:00:00Z (20 bytes).
        guard b.count >= 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
              let day = CalendarDay.parse(UnsafeBufferPointer(rebasing: b[0..<10])),
              let hour = Digits.value(b, 11, 2), let minute = Digits.value(b, 14, 2),
              let second = Digits.value(b, 17, 2),
              hour <= 23, minute <= 59, second <= 60 // 60: a leap second, as RFC 3339 allows
        else { return nil }
        var index = 19
        var nanos = 0
        if b[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            var scale = 100_000_000
            while index < b.count, b[index] >= 48, b[index] <= 57 {
                nanos += Int(b[index] - 48) * scale
                scale /= 10
                index += 1
            }
            guard index > fractionStart else { return nil }
        }
        guard index < b.count else { return nil }
        var offset = 0
        switch b[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            guard index + 1 == b.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == b.count, b[index + 3] == UInt8(ascii: ":"),
                  let offsetHours = Digits.value(b, index + 1, 2),
                  let offsetMinutes = Digits.value(b, index + 4, 2),
                  offsetHours <= 23, offsetMinutes <= 59
            else { return nil }
            offset = (offsetHours * 3600 + offsetMinutes * 60) * (b[index] == UInt8(ascii: "-") ? -1 : 1)
        default:
            return nil
        }
        let local = Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return Instant(epochSeconds: local - Int64(offset), nanoseconds: Int32(nanos), utcOffsetSeconds: Int32(offset))
    }

    /// RFC 3339 text in the instant's own offset, whole seconds (fraction kept when present).
    public var description: String { formatted(utcOffsetSeconds: utcOffsetSeconds) }

    public func formatted(utcOffsetSeconds offset: Int32) -> String {
        let local = epochSeconds + Int64(offset)
        let days = Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400)
        let secondOfDay = Int(local - Int64(days) * 86_400)
        var text = CalendarDay(daysSinceEpoch: days).description + "T"
            + Digits.padded(secondOfDay / 3600, 2) + ":" + Digits.padded(secondOfDay / 60 % 60, 2) + ":"
            + Digits.padded(secondOfDay % 60, 2)
        if nanoseconds != 0 {
            var fraction = Digits.padded(Int(nanoseconds), 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        if offset == 0 { return text + "Z" }
        let magnitude = Int(abs(offset))
        return text + (offset < 0 ? "-" : "+") + Digits.padded(magnitude / 3600, 2) + ":" + Digits.padded(magnitude / 60 % 60, 2)
    }

    /// The calendar day this instant falls on at the given offset.
    public func day(atOffset offset: Int32) -> CalendarDay {
        let local = epochSeconds + Int64(offset)
        return CalendarDay(daysSinceEpoch: Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400))
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        (lhs.epochSeconds, lhs.nanoseconds) < (rhs.epochSeconds, rhs.nanoseconds)
    }

    /// Same instant, whatever offset each was written with.
    public static func == (lhs: Instant, rhs: Instant) -> Bool {
        lhs.epochSeconds == rhs.epochSeconds && lhs.nanoseconds == rhs.nanoseconds
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(epochSeconds)
        hasher.combine(nanoseconds)
    }
}
