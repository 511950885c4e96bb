/// Every key the dashboard answers to (`KeyTable`), in a box in the
/// middle of the screen over the panes. Any key closes it.
enum HelpOverlay {
    struct Entry: Equatable {
        let keys: String
        let action: String
    }

    /// One line per binding of `KeyTable`, the table `update` answers from.
    static func entries(glyphs: PaneGlyphs) -> [Entry] {
        KeyTable.bindings.map { binding in
            Entry(keys: binding.keys.map { $0.key.label(glyphs: glyphs) }.joined(separator: " "), action: binding.description)
        }
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
