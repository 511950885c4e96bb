/// Where a key binding applies. `update` looks keys up in the context the
/// dashboard is in; the help screen and the man page say it in words.
public enum KeyContext: Sendable, Equatable {
    /// Everywhere: in help and while typing a filter too.
    case anywhere
    /// The panes, whichever is focused, when no filter is being typed. In
    /// help, the one that quits still quits; any other key closes help.
    case dashboard
    /// The panes, when one of these is focused.
    case focused([FocusedPane])
    /// While typing a filter after `/`; printable keys there are text.
    case filter
    /// While the alerts list (`!`) is open; the key that quits still quits.
    case alertsList
    /// While the `?` help is open: its scroll keys; any other key closes it.
    case help
}

extension KeyContext {
    func applies(in mode: KeyMode) -> Bool {
        switch (self, mode) {
        case (.anywhere, _): true
        case (.dashboard, .panes): true
        case (.focused(let panes), .panes(let focus)): panes.contains(focus)
        case (.filter, .filter): true
        case (.alertsList, .alerts): true
        case (.help, .help): true
        default: false
        }
    }
}
