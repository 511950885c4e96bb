import DashboardUI
import Testing
import Curses

/// SGR 1006 reports as ncurses hands them over (an Escape, then each byte as
/// a character), worked out by hand from the report format: `ESC [ < b ; x ; y M`,
/// x and y counted from 1, `m` for a release.
@Suite struct MouseReportDecoderTests {
    /// The keys ncurses delivers for `text`: ESC as Escape, every other byte a character.
    private func keys(_ text: String) -> [Key] {
        text.map { $0 == "\u{1B}" ? .escape : .character($0) }
    }

    private func decoded(_ text: String, milliseconds: Int64 = 0) -> [TerminalInput] {
        var decoder = MouseReportDecoder()
        return decoder.decode(keys(text), milliseconds: milliseconds)
    }

    @Test func leftPressAtColumn11Row5IsCell10And4() {
        #expect(decoded("\u{1B}[<0;11;5M", milliseconds: 1234) == [.mouse(MouseEvent(.press(.left), row: 4, col: 10, milliseconds: 1234))])
    }

    @Test func middleAndRightPresses() {
        #expect(decoded("\u{1B}[<1;1;1M") == [.mouse(MouseEvent(.press(.middle), row: 0, col: 0))])
        #expect(decoded("\u{1B}[<2;80;24M") == [.mouse(MouseEvent(.press(.right), row: 23, col: 79))])
    }

    @Test func lowerCaseMIsARelease() {
        #expect(decoded("\u{1B}[<0;11;5m") == [.mouse(MouseEvent(.release, row: 4, col: 10))])
    }

    /// 64 is the wheel's bit: 64 up, 65 down; 66 and 67 (sideways) are not used.
    @Test func wheelUpAndDown() {
        #expect(decoded("\u{1B}[<64;3;7M") == [.mouse(MouseEvent(.wheelUp, row: 6, col: 2))])
        #expect(decoded("\u{1B}[<65;3;7M") == [.mouse(MouseEvent(.wheelDown, row: 6, col: 2))])
        #expect(decoded("\u{1B}[<66;3;7M\u{1B}[<67;3;7M").isEmpty)
    }

    /// 4 Shift, 8 Alt, 16 Ctrl: 0 + 4 + 16 = 20 is Shift-Ctrl-click; 64 + 8 = 72 an Alt-wheel up.
    @Test func modifiers() {
        #expect(decoded("\u{1B}[<20;2;3M") == [.mouse(MouseEvent(.press(.left), row: 2, col: 1, modifiers: [.shift, .control]))])
        #expect(decoded("\u{1B}[<72;2;3M") == [.mouse(MouseEvent(.wheelUp, row: 2, col: 1, modifiers: [.alt]))])
    }

    /// 32 is motion (a drag): mode 1000 does not ask for it, and a terminal that sends it anyway is not a click.
    @Test func dragsAreDroppedNotReadAsKeys() {
        #expect(decoded("\u{1B}[<32;5;5M").isEmpty)
    }

    @Test func keysAroundAReportKeepTheirOrder() {
        #expect(decoded("j\u{1B}[<0;2;2Mk") == [.key(.character("j")), .mouse(MouseEvent(.press(.left), row: 1, col: 1)), .key(.character("k"))])
    }

    /// The report's bytes came in two reads (two SSH packets): the first part
    /// waits, is not read as keys, and the second finishes it.
    @Test func aReportSplitAcrossReads() {
        var decoder = MouseReportDecoder()
        #expect(decoder.decode(keys("\u{1B}[<0;1"), milliseconds: 10).isEmpty)
        #expect(!decoder.pending.isEmpty)
        #expect(decoder.decode(keys("1;5Mq"), milliseconds: 20) == [.mouse(MouseEvent(.press(.left), row: 4, col: 10, milliseconds: 20)), .key(.character("q"))])
        #expect(decoder.pending.isEmpty)
    }

    @Test func aSplitRightAfterTheBracket() {
        var decoder = MouseReportDecoder()
        #expect(decoder.decode(keys("\u{1B}["), milliseconds: 0).isEmpty)
        #expect(decoder.decode(keys("<65;4;4M"), milliseconds: 0) == [.mouse(MouseEvent(.wheelDown, row: 3, col: 3))])
    }

    /// ncurses gave the Escape up alone (the rest came after ESCDELAY): the
    /// Escape has gone as a key, but the rest is still a report, not `[` and `<` keys.
    @Test func aReportWhoseEscapeCameEarlier() {
        var decoder = MouseReportDecoder()
        #expect(decoder.decode([.escape], milliseconds: 0) == [.key(.escape)])
        #expect(decoder.decode(keys("[<0;11;5M"), milliseconds: 0) == [.mouse(MouseEvent(.press(.left), row: 4, col: 10))])
    }

    /// Without an Escape only a whole report counts: `[` then `<` typed are keys.
    @Test func bracketAndLessThanTypedAreKeys() {
        #expect(decoded("[<0;1") == keys("[<0;1").map(TerminalInput.key))
        #expect(decoded("[<") == [.key(.character("[")), .key(.character("<"))])
    }

    /// Other sequences ncurses did not recognise are dropped as before, also beside a report.
    @Test func unrecognisedSequencesAreStillDropped() {
        #expect(decoded("\u{1B}[4~").isEmpty)
        #expect(decoded("\u{1B}[4~\u{1B}[<0;2;2M") == [.mouse(MouseEvent(.press(.left), row: 1, col: 1))])
    }

    @Test func aMalformedReportIsDroppedNotTyped() {
        #expect(decoded("\u{1B}[<0;1x").isEmpty)
        #expect(decoded("\u{1B}[<0;0;1M").isEmpty, "cells count from 1")
        #expect(decoded("\u{1B}[<0;123456;1M").isEmpty, "more digits than any terminal has cells")
    }

    /// A real Escape at the end of a batch is not held back (only `ESC [` may start a report).
    @Test func aLoneEscapeIsAKey() {
        var decoder = MouseReportDecoder()
        #expect(decoder.decode([.escape], milliseconds: 0) == [.key(.escape)])
        #expect(decoder.pending.isEmpty)
    }
}
