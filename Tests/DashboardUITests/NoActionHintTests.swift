import DashboardCore
import Testing
@testable import DashboardUI

/// A key that does nothing where it was pressed says so on the status line,
/// and the hint goes with the next key; a key with a meaning never gets one.
@Suite struct NoActionHintTests {
    static func statusLine(_ state: AppState) -> String { DashboardView.render(state).lines().last ?? "" }

    @Test func anUnboundKeySaysSoAndTheNextKeyClearsIt() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.function(5)], on: &state)
        #expect(state.statusMessage?.text == "F5: no action here; ? lists the keys")
        #expect(Self.statusLine(state).contains("F5: no action here"))
        TestStates.press([.down], on: &state)
        #expect(state.statusMessage == nil)
        #expect(!Self.statusLine(state).contains("no action"))
    }

    /// `s` sorts the table, but with the crossings pane focused it has nothing to sort.
    @Test func aKeyOfAnotherPaneSaysSo() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.tab], on: &state)
        #expect(state.focus == .crossings)
        TestStates.press([.character("s")], on: &state)
        #expect(state.statusMessage?.text == "s: no action here; ? lists the keys")
        TestStates.press([.character("x")], on: &state)
        #expect(state.statusMessage?.text == "x: no action here; ? lists the keys", "a second unbound key answers for itself")
    }

    /// Every key of the table, in every pane where its binding applies, leaves no hint.
    @Test func keysWithAMeaningNeverHint() {
        for pane in FocusedPane.allCases {
            for binding in KeyTable.bindings where binding.context.applies(in: .panes(focus: pane)) {
                for (key, _) in binding.keys where key != .character("q") && key != .control("c") {
                    var state = TestStates.bundled(width: 80, height: 24)
                    state.focus = pane
                    TestStates.press([key], on: &state)
                    #expect(state.statusMessage?.kind != .hint, "\(key.name) in \(pane) hinted")
                }
            }
        }
    }

    /// While typing a filter every printable key is text, and in help any key closes it: no hints there.
    @Test func noHintWhileFilteringOrInHelp() {
        var state = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.character("/"), .character("z")], on: &state)
        #expect(state.statusMessage == nil)
        TestStates.press([.enter, .character("?"), .function(5)], on: &state)
        #expect(state.statusMessage == nil)
        #expect(!state.isShowingHelp)
    }
}
