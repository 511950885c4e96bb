/// What the dashboard is doing when a key arrives.
enum KeyMode: Equatable {
    case help
    case filter
    case panes(focus: FocusedPane)
}
