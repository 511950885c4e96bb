import Testing
import DashboardUI

@Suite struct ScreenBoxTests {
    @Test func unicodeBoxWithTitle() {
        var screen = Screen(width: 12, height: 3)
        screen.drawBox(screen.bounds, title: "Crossings")
        #expect(screen.lines() == [
            "┌─ Cross… ─┐",
            "│          │",
            "└──────────┘",
        ])
    }

    @Test func asciiFallbackBox() {
        var screen = Screen(width: 6, height: 3, boxCharset: .ascii)
        screen.drawBox(Rect(row: 0, col: 1, width: 5, height: 3))
        #expect(screen.lines() == [
            " +---+",
            " |   |",
            " +---+",
        ])
    }

    @Test func rulesAreClippedToTheScreen() {
        var screen = Screen(width: 4, height: 3)
        screen.horizontalLine(row: 1, col: -2, length: 10)
        screen.verticalLine(row: 0, col: 3, length: 10)
        #expect(screen.lines() == ["   │", "───│", "   │"])
    }

    @Test func tooSmallBoxIsNotDrawn() {
        var screen = Screen(width: 4, height: 3)
        screen.drawBox(Rect(row: 0, col: 0, width: 1, height: 3))
        #expect(screen == Screen(width: 4, height: 3))
    }

    @Test func rectInsetAndIntersection() {
        let rect = Rect(row: 1, col: 2, width: 10, height: 5)
        #expect(rect.inset(by: 1) == Rect(row: 2, col: 3, width: 8, height: 3))
        #expect(rect.intersection(Rect(row: 0, col: 0, width: 4, height: 4)) == Rect(row: 1, col: 2, width: 2, height: 3))
        #expect(rect.intersection(Rect(row: 20, col: 20, width: 1, height: 1)).isEmpty)
    }
}
