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
        #expect(CountFormat.percent(1_400.0 / 10_520.0) == "13.3%")         // 0.13308 × 100 = 13.308
        #expect(CountFormat.percent(1) == "100.0%")
        #expect(CountFormat.percent(0.5, fractionDigits: 0) == "50%")
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
