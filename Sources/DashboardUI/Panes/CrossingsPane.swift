enum CrossingsPane {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        // Placeholder until the pane is written.
        screen.put(text: "CrossingsPane", row: rect.row, col: rect.col, maxWidth: rect.width)
    }
}
