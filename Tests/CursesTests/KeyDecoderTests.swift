import DashboardUI
import Testing
import Curses

/// Raw codes are the curses ABI values from curses.h (octal there too), so
/// these tests also catch a mapping written against the wrong constant.
@Suite struct KeyDecoderTests {
    private func function(_ code: Int32) -> Key { KeyDecoder.decode(.functionKey(code)) }
    private func character(_ code: UInt32) -> Key { KeyDecoder.decode(.character(code)) }

    @Test func arrowsAndPaging() {
        #expect(function(0o402) == .down)
        #expect(function(0o403) == .up)
        #expect(function(0o404) == .left)
        #expect(function(0o405) == .right)
        #expect(function(0o406) == .home)
        #expect(function(0o550) == .end)
        #expect(function(0o522) == .pageDown)
        #expect(function(0o523) == .pageUp)
        #expect(function(0o541) == .backTab)
    }

    @Test func findAndSelectAreHomeAndEnd() {
        #expect(function(0o552) == .home)
        #expect(function(0o601) == .end)
    }

    @Test func functionKeys() {
        #expect(function(0o410 + 1) == .f1)
        #expect(function(0o410 + 5) == .function(5))
        #expect(function(0o410 + 12) == .function(12))
    }

    @Test func resizeAndUnknown() {
        #expect(function(0o632) == .resize)
        #expect(function(0o777) == .unknown)
    }

    @Test func enterFromEveryPath() {
        #expect(character(13) == .enter)
        #expect(character(10) == .enter)
        #expect(function(0o527) == .enter)  // keypad Enter
    }

    @Test func backspaceFromEveryPath() {
        #expect(character(127) == .backspace)
        #expect(character(8) == .backspace)
        #expect(function(0o407) == .backspace)
    }

    @Test func escapeAndTab() {
        #expect(character(27) == .escape)
        #expect(character(9) == .tab)
    }

    @Test func controlKeys() {
        #expect(character(12) == .control("l"))  // Ctrl-L: repaint
        #expect(character(3) == .control("c"))
        #expect(character(1) == .control("a"))
        #expect(character(26) == .control("z"))
        #expect(character(0) == .control("@"))
        #expect(character(28) == .control("\\"))
    }

    @Test func printableCharacters() {
        #expect(character(0x71) == .character("q"))
        #expect(character(0x20) == .character(" "))
        #expect(character(0x3F) == .character("?"))
        #expect(character(0x067E) == .character("پ"))
        #expect(character(0x4E2D) == .character("中"))
    }

    @Test func c1ControlsAndInvalidScalarsAreUnknown() {
        #expect(character(0x9B) == .unknown)
        #expect(character(0xD800) == .unknown)  // a lone surrogate is not a scalar
        #expect(character(0x110000) == .unknown)
    }
}
