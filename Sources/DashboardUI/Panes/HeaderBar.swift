enum HeaderBar {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        // Placeholder until the pane is written.
        screen.put(text: "HeaderBar", row: rect.row, col: rect.col, maxWidth: rect.width)
    }
}
