import DashboardCore
import Testing
@testable import DashboardUI

@Suite struct HelpOverlayTests {
    static func render(width: Int, height: Int, ascii: Bool = false, scrolledBy keys: [Key] = []) -> Screen {
        var state = TestStates.bundled(width: width, height: height, ascii: ascii)
        TestStates.press([.character("?")] + keys, on: &state)
        var screen = Screen(width: width, height: height, boxCharset: ascii ? .ascii : .unicode)
        HelpOverlay.draw(state, on: &screen)
        return screen
    }

    @Test func at80x24() {
        GoldenScreen.check(Self.render(width: 80, height: 24), "help-80x24")
    }

    /// The end of the help at 80×24: the legend's last lines, "more above", no "more below".
    @Test func at80x24ScrolledToTheEnd() {
        GoldenScreen.check(Self.render(width: 80, height: 24, scrolledBy: [.end]), "help-80x24-end")
    }

    @Test func at200x60() {
        GoldenScreen.check(Self.render(width: 200, height: 60), "help-200x60")
    }

    @Test func asciiAt80x24() {
        GoldenScreen.check(Self.render(width: 80, height: 24, ascii: true), "help-80x24-ascii")
    }

    @Test func asciiModeWritesOnlyASCII() {
        for (width, height) in [(80, 24), (200, 60), (30, 10)] {
            #expect(Self.render(width: width, height: height, ascii: true).text.unicodeScalars.allSatisfy { $0.isASCII })
        }
    }

    /// Every binding of `KeyTable`, the table `update` answers from, is
    /// listed with its keys and its words: at 200×60 on one page, at 80×24
    /// by scrolling it a page at a time (which reaches every line).
    @Test func listsEveryKey() {
        var pages = [Self.render(width: 200, height: 60).text]
        #expect(!pages[0].contains("more below"))
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.character("?")], on: &state)
        for _ in 0..<6 {
            pages.append(DashboardView.render(state).text)
            TestStates.press([.pageDown], on: &state)
        }
        #expect(state.isShowingHelp, "PgDn scrolls the help, it does not close it")
        for text in [pages[0], pages.dropFirst().joined(separator: "\n")] {
            for keys in ["q ", "? F1", "Tab Shift-Tab", "↑ ↓ j k", "PgUp PgDn", "Home End g G", "Enter → l",
                         "Esc Backspace ← h", "s S < >", "/ ", "Enter Tab", "e ", "c C", "b ", "[ ]", "p ", "! ", "r ", "Ctrl-C Ctrl-L",
                         "Ctrl-Z", "double-click", "wheel"] {
                #expect(text.contains(keys), "help lacks \(keys)")
            }
            for binding in KeyTable.bindings {
                #expect(text.contains(binding.description), "help lacks \(binding.description)")
            }
        }
    }

    /// Every marker the panes draw, with its meaning, in Unicode and in ASCII.
    @Test func theLegendNamesEveryMarker() {
        let unicode = Self.render(width: 200, height: 60).text
        for marker in ["›", "•", "▲ +12", "▼ -5", "–", "≥1,200", "▒", "·", "PAST", "<24h", "<7d", "new", "gone", "STALE", "PAUSED", "VIEWING",
                       "CRIT", "WARN", "Δ vs"] {
            #expect(unicode.contains(marker), "the legend lacks \(marker)")
        }
        let ascii = Self.render(width: 200, height: 60, ascii: true).text
        for marker in [">", "*", "^ +12", "v -5", ">=1,200", "+ ", "?", "PAST", "Chg vs"] {
            #expect(ascii.contains(marker), "the ASCII legend lacks \(marker)")
        }
    }

    /// At 80×24 the help is longer than the box: "more below" on the border,
    /// j scrolls by a line, End shows the last line with "more above", Home goes back.
    @Test func scrollsWithMoreBelowAndMoreAbove() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.character("?")], on: &state)
        let first = DashboardView.render(state).lines()
        #expect(first.last(where: { $0.contains("┘") })?.contains("↓ more below") == true)
        #expect(!first.joined().contains("more above"))
        TestStates.press([.character("j")], on: &state)
        #expect(state.helpScrollTop == 1)
        let scrolled = DashboardView.render(state).lines()
        // The line that was second is now first.
        #expect(first[1].contains("Keys") && first[2].contains("quit"))
        #expect(scrolled[1].contains("quit") && !scrolled[1].contains("Keys"))
        TestStates.press([.end], on: &state)
        let last = DashboardView.render(state).text
        #expect(last.contains("more above") && !last.contains("more below"))
        #expect(last.contains("status line: a rejected file"))
        TestStates.press([.home], on: &state)
        #expect(state.helpScrollTop == 0)
        TestStates.press([.character("x")], on: &state)
        #expect(!state.isShowingHelp, "any other key closes it")
    }

    /// Wide enough, keys and legend stand side by side and nothing scrolls.
    @Test func twoColumnsWhenWide() {
        let lines = Self.render(width: 200, height: 60).lines()
        let row = try! #require(lines.first { $0.contains("Keys") && $0.contains("Legend") })
        #expect(row.range(of: "Keys")!.lowerBound < row.range(of: "Legend")!.lowerBound)
        #expect(!lines.joined().contains("more below"))
    }

    @Test func coversWhatIsUnderneath() {
        var screen = Screen(width: 80, height: 24)
        screen.fill(screen.bounds, with: Cell("¤"))
        HelpOverlay.draw(TestStates.bundled(width: 80, height: 24), on: &screen)
        let box = HelpOverlay.centred(width: 80, height: 24, in: screen.bounds)
        #expect(box == screen.bounds)
        let lines = screen.lines()
        let top = try! #require(lines.firstIndex { $0.contains("Help") })
        let bottom = try! #require(lines.lastIndex { $0.contains("┘") })
        for row in (top + 1)..<bottom { #expect(!lines[row].dropFirst(8).dropLast(8).contains("¤")) }
    }

    @Test func openedByQuestionMarkInTheFullView() {
        var state = TestStates.bundled(width: 80, height: 24)
        state.update(.key(.character("?")))
        #expect(DashboardView.render(state).text.contains(HelpOverlay.scrollFooter), "80×24: the help scrolls")
    }

    @Test func smallScreensDoNotCrash() {
        for width in 0...40 {
            for height in 0...20 {
                var screen = Screen(width: width, height: height)
                HelpOverlay.draw(TestStates.bundled(width: width, height: height), on: &screen)
            }
        }
    }
}
