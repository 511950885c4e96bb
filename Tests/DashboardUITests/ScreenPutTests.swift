import Testing
import DashboardUI

@Suite struct ScreenPutTests {
    @Test func newScreenIsBlank() {
        let screen = Screen(width: 4, height: 2)
        #expect(screen.lines() == ["", ""])
        #expect(screen[1, 3] == .blank)
    }

    @Test func putWritesTextAndReportsWidth() {
        var screen = Screen(width: 10, height: 2)
        let written = screen.put(text: "Kabul", row: 1, col: 2, style: .header)
        #expect(written == 5)
        #expect(screen.lines() == ["", "  Kabul"])
        #expect(screen[1, 2].style == .header)
        #expect(screen[1, 1].style == .normal)
    }

    @Test func putTruncatesAtMaxWidth() {
        var screen = Screen(width: 20, height: 1)
        let written = screen.put(text: "Nangarhar", row: 0, col: 0, maxWidth: 6)
        #expect(written == 6)
        #expect(screen.text == "Nanga…")
    }

    @Test func putTruncatesAtRightEdge() {
        var screen = Screen(width: 6, height: 1)
        screen.put(text: "Nangarhar", row: 0, col: 2)
        #expect(screen.text == "  Nan…")
    }

    @Test func wideCharacterTakesTwoCells() {
        var screen = Screen(width: 6, height: 1)
        let written = screen.put(text: "中文", row: 0, col: 1)
        #expect(written == 4)
        #expect(screen[0, 1].symbol == "中")
        #expect(screen[0, 1].isWide)
        #expect(screen[0, 2].isContinuation)
        #expect(screen[0, 3].symbol == "文")
        #expect(screen.text == " 中文")
    }

    @Test func wideCharacterIsNotSplitAtTheEdge() {
        var screen = Screen(width: 4, height: 1)
        screen.put(text: "a中文", row: 0, col: 0)
        #expect(screen.text == "a中…")
        // Exactly at the edge with nothing to truncate: "中" needs 2, only 1 left.
        var edge = Screen(width: 3, height: 1)
        edge.put(text: "ab中", row: 0, col: 0)
        #expect(edge.text == "ab…")
    }

    @Test func unsafeTextIsSanitisedOnPut() {
        var screen = Screen(width: 12, height: 1)
        screen.put(text: "a\u{1B}[31mb", row: 0, col: 0)
        #expect(screen.text == "a\u{FFFD}[31mb")
        #expect(!screen.text.unicodeScalars.contains("\u{1B}"))
    }

    @Test func zeroWidthGraphemesAreDropped() {
        var screen = Screen(width: 6, height: 1)
        let written = screen.put(text: "a\u{200B}b", row: 0, col: 0)
        #expect(written == 2)
        #expect(screen.text == "ab")
    }

    @Test func combiningMarkStaysInItsCell() {
        var screen = Screen(width: 6, height: 1)
        let written = screen.put(text: "Cafe\u{301}!", row: 0, col: 0)
        #expect(written == 5)
        #expect(screen[0, 3].symbol == "e\u{301}")
        #expect(screen[0, 4].symbol == "!")
    }

    @Test func urduNamesRoundTrip() {
        var screen = Screen(width: 10, height: 1)
        let written = screen.put(text: "پشاور", row: 0, col: 0)
        #expect(written == 5)
        #expect(screen.text == "پشاور")
    }

    @Test func putOutsideTheScreenDoesNothing() {
        var screen = Screen(width: 4, height: 2)
        let written = [
            screen.put(text: "x", row: 2, col: 0),
            screen.put(text: "x", row: 0, col: 4),
            screen.put(text: "x", row: -1, col: 0),
            screen.put(text: "x", row: 0, col: 0, maxWidth: 0),
        ]
        #expect(written == [0, 0, 0, 0])
        #expect(screen == Screen(width: 4, height: 2))
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var screen = Screen(width: 6, height: 1)
        screen.put(text: "中文", row: 0, col: 0)
        screen.put(text: "x", row: 0, col: 1)  // right half of 中
        #expect(screen.text == " x文")
        #expect(!screen[0, 0].isWide)
        screen.put(text: "y", row: 0, col: 2)  // left half of 文
        #expect(screen.text == " xy")
        #expect(!screen[0, 3].isContinuation)
    }

    @Test func wideCharacterOverANarrowOneStraddlingAnotherWide() {
        var screen = Screen(width: 6, height: 1)
        screen.put(text: "a中b", row: 0, col: 0)  // a at 0, 中 at 1-2, b at 3
        screen.put(text: "文", row: 0, col: 2)  // right half of 中 and b
        #expect(screen.text == "a 文")
        #expect(screen[0, 2].isWide)
        #expect(screen[0, 3].isContinuation)
    }

    @Test func fillPaintsAClippedRectangle() {
        var screen = Screen(width: 4, height: 3)
        screen.fill(Rect(row: 1, col: 2, width: 5, height: 5), with: Cell("#"))
        #expect(screen.lines() == ["", "  ##", "  ##"])
        screen.fill(Rect(row: 0, col: 0, width: 4, height: 1), style: .selected)
        #expect(screen[0, 3].style == .selected)
    }

    @Test func cellFromControlCharacterIsReplacementAndZeroWidthIsSpace() {
        #expect(Cell("\u{1B}").symbol == "\u{FFFD}")
        #expect(Cell("\r\n").symbol == "\u{FFFD}")
        #expect(Cell("\u{200B}").symbol == " ")
        #expect(Cell("中").width == 2)
    }

    @Test func linesTrimTrailingSpacesOnly() {
        var screen = Screen(width: 8, height: 1)
        screen.put(text: " a  b", row: 0, col: 0)
        #expect(screen.lines() == [" a  b"])
    }
}
