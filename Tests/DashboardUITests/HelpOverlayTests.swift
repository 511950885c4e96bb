import DashboardCore
import Testing
@testable import DashboardUI

@Suite struct HelpOverlayTests {
    static func render(width: Int, height: Int, ascii: Bool = false) -> Screen {
        let state = TestStates.bundled(width: width, height: height, ascii: ascii)
        var screen = Screen(width: width, height: height, boxCharset: ascii ? .ascii : .unicode)
        HelpOverlay.draw(state, on: &screen)
        return screen
    }

    @Test func at80x24() {
        GoldenScreen.check(Self.render(width: 80, height: 24), "help-80x24")
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
    /// listed at 80×24 with its keys and its words.
    @Test func listsEveryKey() {
        let text = Self.render(width: 80, height: 24).text
        for keys in ["q ", "? F1", "Tab Shift-Tab", "↑ ↓ j k", "PgUp PgDn", "Home End g G", "Enter → l",
                     "Esc Backspace ← h", "s S < >", "/ ", "Enter Tab", "e ", "c C", "b ", "[ ]", "p ", "! ", "r ", "Ctrl-C Ctrl-L", "Any key closes"] {
            #expect(text.contains(keys), "help lacks \(keys)")
        }
        for binding in KeyTable.bindings {
            #expect(text.contains(binding.description), "help lacks \(binding.description)")
        }
    }

    @Test func coversWhatIsUnderneath() {
        var screen = Screen(width: 80, height: 24)
        screen.fill(screen.bounds, with: Cell("¤"))
        HelpOverlay.draw(TestStates.bundled(width: 80, height: 24), on: &screen)
        let box = HelpOverlay.centred(width: 80, height: 24, in: screen.bounds)
        #expect(box == screen.bounds)
        let lines = screen.lines()
        let top = try! #require(lines.firstIndex { $0.contains("Keys") })
        let bottom = try! #require(lines.lastIndex { $0.contains("┘") })
        for row in (top + 1)..<bottom { #expect(!lines[row].dropFirst(8).dropLast(8).contains("¤")) }
    }

    @Test func openedByQuestionMarkInTheFullView() {
        var state = TestStates.bundled(width: 80, height: 24)
        state.update(.key(.character("?")))
        #expect(DashboardView.render(state).text.contains(HelpOverlay.footer))
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
