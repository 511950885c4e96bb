import DashboardCore

/// Why the terminal could not be taken over.
public enum TerminalError: Error, Sendable, CustomStringConvertible {
    /// newterm() failed: TERM is unset or names a terminal without a terminfo entry.
    case cannotOpenTerminal(term: String?)
    /// Standard input or output is not a terminal (a pipe, a file, /dev/null):
    /// a full-screen dashboard there would wait for keys that never come.
    case notATerminal(stream: String)
    /// The terminal type cannot move the cursor (TERM=dumb), so no full-screen display.
    case cannotAddressCursor(term: String?)

    /// TERM is the environment's, not ours: escaped like every name in a message.
    public var description: String {
        switch self {
        case .cannotOpenTerminal(let term?):
            return "cannot open terminal \"\(TerminalSafeText.escaped(term, quote: true))\" (no terminfo entry?); try TERM=xterm-256color"
        case .cannotOpenTerminal(nil):
            return "cannot open terminal: TERM is not set"
        case .notATerminal(let stream):
            return "standard \(stream) is not a terminal, so there is no screen to show the dashboard on"
        case .cannotAddressCursor(let term):
            return "terminal type \"\(TerminalSafeText.escaped(term ?? "", quote: true))\" cannot move the cursor, so it cannot show a full-screen dashboard"
        }
    }
}
