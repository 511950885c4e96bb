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

    // MARK: Escaped, for messages

    @Test func messagesShowEachUnsafeScalarAsAnEscape() {
        #expect(TerminalSafeText.escaped("plain name.json") == "plain name.json")
        #expect(TerminalSafeText.escaped("a\u{1B}]0;pwned\u{07}b") == "a\\u{1B}]0;pwned\\u{7}b")
        #expect(TerminalSafeText.escaped("line\nforged\r\tx") == "line\\nforged\\r\\tx")
        #expect(TerminalSafeText.escaped("\u{9B}2J\u{7F}") == "\\u{9B}2J\\u{7F}")
        #expect(TerminalSafeText.escaped("abc\u{202E}fed\u{2066}") == "abc\\u{202E}fed\\u{2066}")
        // A backslash in a name is doubled, so it cannot pass for an escape.
        #expect(TerminalSafeText.escaped("C:\\u{1B}") == "C:\\\\u{1B}")
        #expect(TerminalSafeText.escaped("say \"hi\"", quote: true) == "say \\\"hi\\\"")
    }

    @Test func bytesThatAreNotUTF8AreShownAsHex() {
        #expect(TerminalSafeText.escaped(Array("caf\u{E9}.json".utf8)) == "caf\u{E9}.json")
        // Latin-1 é (0xE9) alone, a lone continuation byte, an overlong "/".
        #expect(TerminalSafeText.escaped([0x63, 0x61, 0x66, 0xE9, 0x2E, 0x6A]) == "caf\\xE9.j")
        #expect(TerminalSafeText.escaped([0x80, 0x41]) == "\\x80A")
        #expect(TerminalSafeText.escaped([0xC0, 0xAF]) == "\\xC0\\xAF")
        // A stray lead byte does not swallow the valid character after it.
        #expect(TerminalSafeText.escaped([0xE2, 0xD8, 0xA7]) == "\\xE2\u{627}")
        // Controls inside bytes are escaped as in text.
        #expect(TerminalSafeText.escaped([0x1B, 0x5B, 0x32, 0x4A, 0xFF]) == "\\u{1B}[2J\\xFF")
    }

    @Test func escapedTextNeverHoldsAnUnsafeScalar() {
        var everything = String.UnicodeScalarView()
        for value in UInt32(0)...0x2100 { if let scalar = Unicode.Scalar(value) { everything.append(scalar) } }
        let escaped = TerminalSafeText.escaped(String(everything))
        #expect(!escaped.unicodeScalars.contains(where: TerminalSafeText.isUnsafe))
        let bytes = (0...255).map(UInt8.init)
        #expect(!TerminalSafeText.escaped(bytes).unicodeScalars.contains(where: TerminalSafeText.isUnsafe))
    }

    @Test func escapedLinesKeepsTheLineBreaksAndBackslashes() {
        #expect(TerminalSafeText.escapedLines("one\\two\nthree\u{1B}[2J\n") == "one\\two\nthree\\u{1B}[2J\n")
    }
}
