/// A key press. Lives beside `update` so the pure state machine can see keys;
/// the `Curses` module decodes ncurses input into it (`KeyDecoder`).
public enum Key: Sendable, Hashable {
    case up, down, left, right
    case enter, escape, backspace, tab, backTab
    case pageUp, pageDown, home, end
    case f1
    /// F2 and beyond.
    case function(Int)
    /// A printable character, including space.
    case character(Character)
    /// Ctrl plus a key, named by its lowercase letter: Ctrl-L is `.control("l")`.
    /// Ctrl-C only arrives here if the terminal is in raw mode; in cbreak mode
    /// it is SIGINT (see `TerminalSession.pendingTerminationSignal`).
    case control(Character)
    /// The terminal changed size; ncurses has already resized its screen.
    case resize
    case unknown
}
