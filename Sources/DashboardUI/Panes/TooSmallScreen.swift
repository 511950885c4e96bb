enum TooSmallScreen {
    static func draw(_ state: AppState, on screen: inout Screen) {
        // Placeholder until the pane is written.
        screen.put(text: "TooSmallScreen", row: 0, col: 0)
    }
}
