import Testing
@testable import DashboardCore

@Suite("Count format")
struct FiguresCountFormatTests {
    @Test func thousandsSeparators() {
        #expect(CountFormat.count(0) == "0")
        #expect(CountFormat.count(999) == "999")
        #expect(CountFormat.count(1_000) == "1,000")
        #expect(CountFormat.count(353_140) == "353,140")
        #expect(CountFormat.count(100_000_000) == "100,000,000")
        #expect(CountFormat.count(-35) == "-35")
        #expect(CountFormat.count(-1_204) == "-1,204")
        #expect(CountFormat.count(Int.min) == "-9,223,372,036,854,775,808")
    }

    @Test func signedChanges() {
        #expect(CountFormat.change(1_204) == "+1,204")
        #expect(CountFormat.change(-35) == "-35")        // ASCII hyphen-minus
        #expect(CountFormat.change(-35).utf8.first == 0x2D)
        #expect(CountFormat.change(0) == "0")
        #expect(CountFormat.change(2_075) == "+2,075")
        #expect(CountFormat.change(nil, unknown: "new") == "new")
        #expect(CountFormat.change(-275, unknown: "new") == "-275")
    }

    @Test func decimalsAndPercentages() {
        #expect(CountFormat.decimal(2_824) == "2,824.0")
        #expect(CountFormat.decimal(2_904.33) == "2,904.3")
        #expect(CountFormat.decimal(2.25) == "2.3")                          // 22.5 rounds away from zero
        #expect(CountFormat.decimal(-2.25) == "-2.3")
        #expect(CountFormat.decimal(-0.04) == "0.0")                         // no "-0.0"
        #expect(CountFormat.decimal(1_234_567.891, fractionDigits: 2) == "1,234,567.89")
        #expect(CountFormat.decimal(0.05, fractionDigits: 2) == "0.05")
        #expect(CountFormat.decimal(2_824.5, fractionDigits: 0) == "2,825")
        #expect(CountFormat.decimal(.nan) == "-")
    }

    @Test func percentagesRoundHalfUp() {
        #expect(CountFormat.percent(1_400, of: 10_520) == "13.3%")     // 13.3079...
        #expect(CountFormat.percent(1, of: 8) == "12.5%")              // exactly 12.5
        #expect(CountFormat.percent(1, of: 16) == "6.3%")              // 6.25: the half goes up
        #expect(CountFormat.percent(1, of: 3) == "33.3%")              // 33.33...
        #expect(CountFormat.percent(2, of: 3) == "66.7%")              // 66.66...
        #expect(CountFormat.percent(1, of: 2, fractionDigits: 0) == "50%")
        #expect(CountFormat.percent(2, of: 3, fractionDigits: 2) == "66.67%")
        // 1,303 of 2,000 = 65.15%: exactly half a tenth, which a Double product
        // (0.6515 × 100 = 65.14999...) would round down.
        #expect(CountFormat.percent(1_303, of: 2_000) == "65.2%")
    }

    @Test func percentagesAreNeverFalseAtTheEnds() {
        #expect(CountFormat.percent(2_000, of: 2_000) == "100.0%")     // all
        #expect(CountFormat.percent(0, of: 2_000) == "0.0%")           // none
        // 1,999 of 2,000 = 99.95%, which rounds to 100.0: not all, so 99.9.
        #expect(CountFormat.percent(1_999, of: 2_000) == "99.9%")
        #expect(CountFormat.percent(99_999_999, of: 100_000_000) == "99.9%")  // 99.999999%
        // 1 of 2,000 = 0.05%, which rounds to 0.1 anyway; 1 of 20,000 = 0.005%
        // would round to 0.0: some are, so 0.1.
        #expect(CountFormat.percent(1, of: 2_000) == "0.1%")
        #expect(CountFormat.percent(1, of: 20_000) == "0.1%")
        #expect(CountFormat.percent(1, of: 300, fractionDigits: 0) == "1%")      // 0.33%
        #expect(CountFormat.percent(299, of: 300, fractionDigits: 0) == "99%")   // 99.67%
        #expect(CountFormat.percent(300, of: 300, fractionDigits: 0) == "100%")
        // The same at every share from 1 to 19,999 of 20,000: neither end is claimed.
        for part in 1..<20_000 {
            let text = CountFormat.percent(part, of: 20_000)
            #expect(text != "0.0%" && text != "100.0%", "\(part) of 20,000 shown as \(text)")
        }
    }

    @Test func percentagesOfNothingOrOutOfRange() {
        #expect(CountFormat.percent(0, of: 0) == "-")                  // no base
        #expect(CountFormat.percent(5, of: -1) == "-")
        #expect(CountFormat.percent(2_500, of: 2_000) == "100.0%")     // held to the whole
        #expect(CountFormat.percent(-3, of: 2_000) == "0.0%")
        // Past Int's range for the exact product: still a percentage, still not 100.
        #expect(CountFormat.percent(Int.max - 1, of: Int.max) == "99.9%")
        #expect(CountFormat.percent(Int.max / 2, of: Int.max) == "50.0%")
    }

    @Test func byteSizesAreExactWithTheUnitBeside() {
        #expect(CountFormat.byteSize(0) == "0 bytes")
        #expect(CountFormat.byteSize(1) == "1 byte")
        #expect(CountFormat.byteSize(1023) == "1,023 bytes")
        #expect(CountFormat.byteSize(1024) == "1 KiB (1,024 bytes)")
        #expect(CountFormat.byteSize(1535) == "1,535 bytes (1.4 KiB)")          // 1535 / 1024 = 1.499: 1.4, rounded down
        #expect(CountFormat.byteSize(1_048_575) == "1,048,575 bytes (1,023.9 KiB)")      // 10,485,750 / 1,024 = 10,239.99 tenths
        #expect(CountFormat.byteSize(2047 << 20) == "2,047 MiB (2,146,435,072 bytes)")
        #expect(CountFormat.byteSize((64 << 20) + 1) == "67,108,865 bytes (64.0 MiB)")
        #expect(CountFormat.byteSize((64 << 20) - 1) == "67,108,863 bytes (63.9 MiB)")  // never rounded up to the limit
    }
}
