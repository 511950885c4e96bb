enum HelpOverlay {
    static func draw(_ state: AppState, on screen: inout Screen) {
        // Placeholder until the pane is written.
        screen.put(text: "HelpOverlay", row: 0, col: 0)
    }
}
