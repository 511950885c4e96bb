import Testing
import DashboardCore

@Suite struct TerminalSafeTextTests {
    @Test func cleanTextIsUnchanged() {
        #expect(TerminalSafeText.sanitize("Torkham پشاور 中文 👍🏽") == "Torkham پشاور 中文 👍🏽")
    }

    @Test func escapeSequenceIsDefused() {
        let hostile = "Kabul\u{1B}[2J\u{1B}]52;c;ZXZpbA==\u{07}"
        let safe = TerminalSafeText.sanitize(hostile)
        #expect(!safe.unicodeScalars.contains("\u{1B}"))
        #expect(!safe.unicodeScalars.contains("\u{07}"))
        #expect(safe == "Kabul\u{FFFD}[2J\u{FFFD}]52;c;ZXZpbA==\u{FFFD}")
    }

    @Test func c1ControlsAreReplaced() {
        #expect(TerminalSafeText.sanitize("a\u{9B}31mb") == "a\u{FFFD}31mb")  // 8-bit CSI
        #expect(TerminalSafeText.sanitize("\u{80}\u{9F}") == "\u{FFFD}\u{FFFD}")
        #expect(TerminalSafeText.sanitize("\u{7F}") == "\u{FFFD}")
    }

    @Test func bidiControlsAreReplaced() {
        #expect(TerminalSafeText.sanitize("abc\u{202E}fed") == "abc\u{FFFD}fed")
        for scalar: Unicode.Scalar in ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}"] {
            #expect(TerminalSafeText.isUnsafe(scalar), "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func tabAndNewlineAreReplaced() {
        #expect(TerminalSafeText.sanitize("a\tb\nc\r\n") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}\u{FFFD}")
    }

    @Test func everyControlIsUnsafeAndPrintablesAreSafe() {
        for value in UInt32(0)...0x1F { #expect(TerminalSafeText.isUnsafe(Unicode.Scalar(value)!)) }
        for value in UInt32(0x7F)...0x9F { #expect(TerminalSafeText.isUnsafe(Unicode.Scalar(value)!)) }
        for value in UInt32(0x20)...0x7E { #expect(!TerminalSafeText.isUnsafe(Unicode.Scalar(value)!)) }
        #expect(!TerminalSafeText.isUnsafe("\u{A0}"))
        #expect(!TerminalSafeText.isUnsafe("\u{200D}"))  // ZWJ: part of emoji, not a control
    }
}
