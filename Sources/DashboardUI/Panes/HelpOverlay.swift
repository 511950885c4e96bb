/// Every key the dashboard answers to (`AppState.update`), in a box in the
/// middle of the screen over the panes. Any key closes it.
enum HelpOverlay {
    struct Entry: Equatable {
        let keys: String
        let action: String
    }

    /// Kept in step with `AppState+Update.swift` by `HelpOverlayTests`.
    static func entries(glyphs: PaneGlyphs) -> [Entry] {
        [
            Entry(keys: "q  Ctrl-C", action: "quit"),
            Entry(keys: "?  F1", action: "show this help"),
            Entry(keys: "Tab  Shift-Tab", action: "next / previous pane"),
            Entry(keys: "\(glyphs.up) \(glyphs.down)  j k", action: "move up / down (table or deadlines)"),
            Entry(keys: "PgUp PgDn", action: "page up / down"),
            Entry(keys: "Home End  g G", action: "first / last"),
            Entry(keys: "Enter \(glyphs.right) l", action: "show the selected district's camps"),
            Entry(keys: "Esc Backspace \(glyphs.left) h", action: "back to all districts"),
            Entry(keys: "s", action: "sort by the next column"),
            Entry(keys: "S", action: "reverse the sort order"),
            Entry(keys: "/", action: "filter by name (Enter keeps, Esc clears)"),
            Entry(keys: "e", action: "write the table to a CSV file here"),
            Entry(keys: "c", action: "next crossing point"),
            Entry(keys: "C", action: "previous crossing point (Crossings focused)"),
            Entry(keys: "p", action: "pause / resume new snapshots"),
            Entry(keys: "r", action: "read the snapshot directory again now"),
            Entry(keys: "!", action: "firing alerts (a: acknowledge)"),
            Entry(keys: "Ctrl-L", action: "redraw the screen"),
        ]
    }

    static let footer = "Any key closes this help."

    static func draw(_ state: AppState, on screen: inout Screen) {
        let glyphs = PaneGlyphs.forOptions(state.options)
        let entries = entries(glyphs: glyphs)
        let keyWidth = entries.map { TextWidth.of($0.keys) }.max() ?? 0
        let lines = entries.map { TextWidth.pad($0.keys, toWidth: keyWidth) + "   " + $0.action }
        let contentWidth = (lines + [footer]).map { TextWidth.of($0) }.max() ?? 0
        // Two cells of padding inside each side; a blank line before the footer.
        let box = centred(width: contentWidth + 6, height: lines.count + 4, in: screen.bounds)
        guard box.width >= 2, box.height >= 2 else { return }
        // Blank the panes underneath so no figure shows through between the lines.
        screen.fill(box)
        screen.drawBox(box, style: .accent, title: "Keys", titleStyle: .header)
        let inner = Rect(row: box.row + 1, col: box.col + 3, width: box.width - 6, height: box.height - 2)
        guard !inner.isEmpty else { return }
        for (offset, entry) in entries.enumerated() where offset < inner.height - 2 {
            let row = inner.row + offset
            let written = screen.put(text: glyphs.fit(TextWidth.pad(entry.keys, toWidth: keyWidth), toWidth: inner.width),
                                     row: row, col: inner.col, style: .accent.adding(.bold))
            let actionCol = inner.col + written + 3
            if actionCol < inner.right {
                screen.put(text: glyphs.fit(entry.action, toWidth: inner.right - actionCol), row: row, col: actionCol)
            }
        }
        screen.put(text: glyphs.fit(footer, toWidth: inner.width), row: inner.bottom - 1, col: inner.col, style: .muted)
    }

    /// A `width` × `height` rectangle centred in `bounds`, shrunk to fit it.
    static func centred(width: Int, height: Int, in bounds: Rect) -> Rect {
        let fittedWidth = min(width, bounds.width)
        let fittedHeight = min(height, bounds.height)
        return Rect(row: bounds.row + (bounds.height - fittedHeight) / 2, col: bounds.col + (bounds.width - fittedWidth) / 2,
                    width: fittedWidth, height: fittedHeight)
    }
}
