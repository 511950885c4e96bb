import DashboardUI

/// One thing the operator did at the terminal: a key, or a mouse report.
public enum TerminalInput: Sendable, Equatable {
    case key(Key)
    case mouse(MouseEvent)
}

extension TerminalInput {
    /// What `update` is told.
    public var event: Event {
        switch self {
        case .key(let key): .key(key)
        case .mouse(let mouse): .mouse(mouse)
        }
    }
}
