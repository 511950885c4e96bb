import Testing
@testable import DashboardCore

// Day numbers worked out by hand: 1970-01-01 → 2025-01-01 is 55 years, 14 of
// them leap (1972, 1976, ..., 2024: (2024 - 1972) / 4 + 1), so 55 × 365 + 14 =
// 20,089 days; then January 31 + February 28 + March 31 + 6 = 96, giving
// 2025-04-07 = day 20,185 = 1,743,984,000 s (× 86,400).

@Suite("Calendar days")
struct CalendarDayTests {
    @Test func parseAndFormatRoundTrip() throws {
        for text in ["2025-04-07", "1970-01-01", "2024-02-29", "0001-01-01", "9999-12-31", "1969-12-31"] {
            let day = try #require(CalendarDay(parsing: text))
            #expect(day.description == text)
        }
    }

    @Test func daysSinceEpoch() {
        #expect(CalendarDay(parsing: "1970-01-01")?.daysSinceEpoch == 0)
        #expect(CalendarDay(parsing: "1969-12-31")?.daysSinceEpoch == -1)
        #expect(CalendarDay(parsing: "2025-04-07")?.daysSinceEpoch == 20_185)
        #expect(CalendarDay(daysSinceEpoch: 20_185).description == "2025-04-07")
        #expect(CalendarDay(year: 2025, month: 4, day: 7) == CalendarDay(daysSinceEpoch: 20_185))
    }

    @Test func leapYears() {
        #expect(CalendarDay(parsing: "2024-02-29") != nil)  // divisible by 4
        #expect(CalendarDay(parsing: "2025-02-29") == nil)
        #expect(CalendarDay(parsing: "1900-02-29") == nil)  // divisible by 100, not 400
        #expect(CalendarDay(parsing: "2000-02-29") != nil)  // divisible by 400
    }

    @Test func invalidDatesAndShapes() {
        for text in [
            "2025-04-31", "2025-13-01", "2025-00-10", "2025-01-00", "2025-01-32", "0000-01-01",
            "2025-4-07", "2025/04/07", "2025-04-07 ", "25-04-07", "2025-04-0a", "", "2025-04-07T00:00:00Z",
        ] {
            #expect(CalendarDay(parsing: text) == nil, "\(text)")
        }
    }

    @Test func arithmeticAcrossMonthsAndYears() {
        let d = { (text: String) in CalendarDay(parsing: text)! }
        #expect(d("2024-12-31").adding(days: 1) == d("2025-01-01"))
        #expect(d("2024-02-28").adding(days: 1) == d("2024-02-29"))
        #expect(d("2025-02-28").adding(days: 1) == d("2025-03-01"))
        #expect(d("2025-03-01").adding(days: -1) == d("2025-02-28"))
        #expect(d("2025-04-07") - d("2025-03-31") == 7)
        #expect(d("2025-01-01") - d("2024-01-01") == 366)  // 2024 is a leap year
        #expect(d("2025-03-31") < d("2025-04-01"))
    }
}

@Suite("Instants")
struct InstantTests {
    @Test func parsesOffsetsToTheSameInstant() throws {
        // 18:00 at +05:00 is 13:00Z: 1,743,984,000 + 13 × 3,600 = 1,744,030,800.
        let karachi = try #require(Instant(rfc3339: "2025-04-07T18:00:00+05:00"))
        #expect(karachi.epochSeconds == 1_744_030_800)
        #expect(karachi.utcOffsetSeconds == 18_000)  // 5 × 3,600
        let utc = try #require(Instant(rfc3339: "2025-04-07T13:00:00Z"))
        let newYork = try #require(Instant(rfc3339: "2025-04-07T08:00:00-05:00"))
        #expect(karachi == utc)
        #expect(karachi == newYork)
        #expect(newYork.utcOffsetSeconds == -18_000)
        #expect(Instant(rfc3339: "2025-04-07t13:00:00z") == utc)  // lower case allowed by RFC 3339
    }

    @Test func formatRoundTripKeepsTheWrittenOffset() throws {
        for text in [
            "2025-04-07T18:00:00+05:00", "2025-04-07T13:00:00Z", "2025-04-07T08:00:00-05:00",
            "2025-04-07T18:30:00+05:30", "1969-12-31T23:59:59Z", "2024-02-29T23:59:59+05:00",
        ] {
            let instant = try #require(Instant(rfc3339: text))
            #expect(instant.description == text)
        }
        let utc = try #require(Instant(rfc3339: "2025-04-07T13:00:00Z"))
        #expect(utc.formatted(utcOffsetSeconds: 19_800) == "2025-04-07T18:30:00+05:30")  // 5.5 × 3,600
    }

    @Test func fractions() throws {
        let quarter = try #require(Instant(rfc3339: "2025-04-07T18:00:00.250+05:00"))
        #expect(quarter.nanoseconds == 250_000_000)
        #expect(quarter.description == "2025-04-07T18:00:00.25+05:00")  // trailing zeros dropped
        let nanos = try #require(Instant(rfc3339: "2025-04-07T13:00:00.000000001Z"))
        #expect(nanos.nanoseconds == 1)
        #expect(nanos > Instant(rfc3339: "2025-04-07T13:00:00Z")!)
        #expect(Instant(rfc3339: "2025-04-07T13:00:00.Z") == nil)  // a dot needs digits
    }

    @Test func rejectsMissingOffsetAndImpossibleTimes() {
        for text in [
            "2025-04-07T18:00:00", "2025-04-07 18:00:00Z", "2025-04-07T24:00:00Z", "2025-04-07T18:60:00Z",
            "2025-04-07T18:00:00+24:00", "2025-04-07T18:00:00+05:60", "2025-04-07T18:00:00+0500",
            "2025-02-29T00:00:00Z", "2025-04-07T18:00:00Zjunk", "2025-04-07",
        ] {
            #expect(Instant(rfc3339: text) == nil, "\(text)")
        }
        #expect(Instant(rfc3339: "2024-02-29T00:00:00Z") != nil)
    }

    @Test func dayAtOffset() throws {
        // 20:30Z is 01:30 the next day at +05:00.
        let late = try #require(Instant(rfc3339: "2025-04-07T20:30:00Z"))
        #expect(late.day(atOffset: 18_000).description == "2025-04-08")
        #expect(late.day(atOffset: 0).description == "2025-04-07")
        // One second before the epoch is still 1969-12-31 (floor, not truncation).
        let before = try #require(Instant(rfc3339: "1969-12-31T23:59:59Z"))
        #expect(before.epochSeconds == -1)
        #expect(before.day(atOffset: 0).description == "1969-12-31")
    }

    @Test func secondsUntilAndOrdering() throws {
        let a = try #require(Instant(rfc3339: "2025-04-07T18:00:00+05:00"))
        let b = try #require(Instant(rfc3339: "2025-04-07T18:00:01.5+05:00"))
        #expect(a.seconds(until: b) == 1.5)
        #expect(b.seconds(until: a) == -1.5)
        #expect(a < b)
        #expect(a.adding(seconds: 3_600).description == "2025-04-07T19:00:00+05:00")
    }
}
