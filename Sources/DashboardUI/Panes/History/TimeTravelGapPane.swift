import DashboardCore

/// In place of the panes while time travel is on a kept moment whose file
/// can no longer be read: what happened, and the totals the history kept of
/// it, so no figure of another moment stands in for it.
enum TimeTravelGapPane {
    static func draw(_ problem: String, state: AppState, in rect: Rect, on screen: inout Screen) {
        let glyphs = TableGlyphs(state.options)
        let pane = TablePaneDrawing(rect: rect, glyphs: glyphs, isFocused: true)
        pane.drawFrame(title: "Snapshot not available", on: &screen)
        var lines = wrap(problem, width: pane.contentWidth)
        if let travel = state.timeTravel, let moment = state.history.moments.last(where: travel.isMoment) {
            lines.append("")
            lines.append("Kept in the history: population \(CountFormat.count(moment.totalPopulation)) in all districts.")
        }
        for (line, text) in lines.enumerated() where line < rect.height - 2 {
            screen.put(text: glyphs.truncate(text, toWidth: pane.contentWidth), row: rect.row + 1 + line, col: pane.contentCol,
                       maxWidth: pane.contentWidth)
        }
    }

    /// Words to lines of at most `width` cells (a word longer than that is cut when drawn).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, TextWidth.of(line) + 1 + TextWidth.of(String(word)) > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
