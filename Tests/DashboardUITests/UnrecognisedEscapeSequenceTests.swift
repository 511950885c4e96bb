import Testing
@testable import DashboardUI

/// Keys ncurses could not decode (a terminfo entry that does not match the
/// terminal) must not act as Escape, `[` (time travel) and letters.
@Suite struct UnrecognisedEscapeSequenceTests {
    static func keys(_ text: String) -> [Key] { text.map { .character($0) } }

    @Test func endAsTmuxSendsItUnderAnotherTermIsDroppedWhole() {
        // ESC [ 4 ~: End in tmux's own terminfo, unknown to xterm-256color's.
        #expect(UnrecognisedEscapeSequence.removed(from: [.escape] + Self.keys("[4~")).isEmpty)
        // ESC [ 1 ; 5 A (Ctrl-Up), then a real j.
        #expect(UnrecognisedEscapeSequence.removed(from: [.escape] + Self.keys("[1;5Aj")) == [.character("j")])
        // ESC O F (End in application mode), then q.
        #expect(UnrecognisedEscapeSequence.removed(from: [.escape] + Self.keys("OFq")) == [.character("q")])
    }

    @Test func realKeysStay() {
        // A lone Escape (ncurses gives it up after ESCDELAY), and [ typed on its own.
        #expect(UnrecognisedEscapeSequence.removed(from: [.escape]) == [.escape])
        #expect(UnrecognisedEscapeSequence.removed(from: Self.keys("[[]")) == Self.keys("[[]"))
        #expect(UnrecognisedEscapeSequence.removed(from: [.escape, .character("/")]) == [.escape, .character("/")])
        #expect(UnrecognisedEscapeSequence.removed(from: [.character("b"), .escape]) == [.character("b"), .escape])
    }
}
