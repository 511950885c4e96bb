import Testing
@testable import Curses
import DashboardUI
import DashboardCore

/// The renderer's glyph choice, with the locale's wcwidth replaced by fixed
/// tables so the tests do not depend on the machine's locale.
@Suite struct CellGlyphTests {
    /// Roughly glibc in a UTF-8 locale: regional indicators are 1 cell wide.
    private func utf8Width(_ value: UInt32) -> Int {
        guard let scalar = Unicode.Scalar(value) else { return -1 }
        if TerminalSafeText.isUnsafe(scalar) { return -1 }
        if (0x1F1E6...0x1F1FF).contains(value) { return 1 }
        return TextWidth.of(scalar)
    }

    /// The C locale: ASCII only.
    private func asciiWidth(_ value: UInt32) -> Int {
        (0x20...0x7E).contains(value) ? 1 : -1
    }

    private func glyph(_ cell: Cell, _ width: (UInt32) -> Int) -> CellGlyph {
        CellGlyph.make(for: cell, terminalWidth: width)
    }

    @Test func plainCharactersPassThrough() {
        #expect(glyph(Cell("a"), utf8Width) == CellGlyph(scalars: [0x61], fillsContinuation: false))
        #expect(glyph(Cell("中"), utf8Width) == CellGlyph(scalars: [0x4E2D], fillsContinuation: false))
        #expect(glyph(Cell("پ"), utf8Width) == CellGlyph(scalars: [0x067E], fillsContinuation: false))
    }

    @Test func combiningMarksTravelWithTheirBase() {
        #expect(glyph(Cell("e\u{301}"), utf8Width).scalars == [0x65, 0x301])
    }

    @Test func spacingModifiersAndJoinersAreDropped() {
        #expect(glyph(Cell("👍🏽"), utf8Width).scalars == [0x1F44D])
        #expect(glyph(Cell("👨‍👩‍👧"), utf8Width).scalars == [0x1F468])
    }

    @Test func widthDisagreementIsReplacedAtTheLayoutWidth() {
        // Layout says a flag is 2 cells; this locale says 1: draw "�" and a space.
        #expect(glyph(Cell("🇦🇫"), utf8Width) == CellGlyph(scalars: [0xFFFD], fillsContinuation: true))
    }

    @Test func nonUTF8LocaleGetsQuestionMarks() {
        #expect(glyph(Cell("پ"), asciiWidth) == CellGlyph(scalars: [0x3F], fillsContinuation: false))
        #expect(glyph(Cell("中"), asciiWidth) == CellGlyph(scalars: [0x3F], fillsContinuation: true))
        #expect(glyph(Cell("e\u{301}"), asciiWidth) == CellGlyph(scalars: [0x65], fillsContinuation: false))
        #expect(glyph(Cell("x"), asciiWidth) == CellGlyph(scalars: [0x78], fillsContinuation: false))
    }

    @Test func atMostFiveScalarsReachNcurses() {
        let stacked = Cell(Character("a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}"))
        #expect(glyph(stacked, utf8Width).scalars.count == 5)
    }
}
