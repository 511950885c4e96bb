/// What the dashboard is doing when a key arrives.
enum KeyMode: Equatable {
    case help
    /// The alerts list (`!`) is open over the panes.
    case alerts
    case filter
    case panes(focus: FocusedPane)
}
