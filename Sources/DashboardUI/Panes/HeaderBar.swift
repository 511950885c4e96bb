import DashboardCore

/// Row 0: the product name, where the operator is (`All districts › Peshawar`),
/// and, while `/` is taking text, the filter being typed with a cursor.
enum HeaderBar {
    static let productName = "repatdash"
    static let filterHint = "Enter keeps, Esc clears"

    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        let glyphs = TableGlyphs(state.options)
        let row = rect.row
        // One blank cell at each end, so the bar does not touch the terminal's edges.
        let end = rect.right - 1
        var col = rect.col + 1
        col += screen.put(text: productName, row: row, col: col, style: .header, maxWidth: max(0, end - col)) + 2

        // The prompt is what the operator is looking at while typing: it gets its room first.
        let prompt = state.isEditingFilter ? filterPrompt(state.activeFilter, glyphs: glyphs, maxWidth: max(8, (end - col) / 2)) : nil
        let promptRoom = prompt.map { TextWidth.of($0) + 2 } ?? 0
        col += drawBreadcrumb(state.breadcrumb, glyphs: glyphs, row: row, col: col, maxWidth: end - col - promptRoom, on: &screen)

        guard let prompt else { return }
        col += 2
        col += screen.put(text: prompt, row: row, col: col, style: .accent, maxWidth: max(0, end - col))
        if col + 2 + TextWidth.of(filterHint) <= end {
            screen.put(text: filterHint, row: row, col: col + 2, style: .muted)
        }
    }

    /// Earlier levels plain, the current one bold. Returns the cells written.
    static func drawBreadcrumb(_ levels: [String], glyphs: TableGlyphs, row: Int, col: Int, maxWidth: Int, on screen: inout Screen) -> Int {
        guard maxWidth > 0, let current = levels.last else { return 0 }
        let path = levels.dropLast().map { $0 + glyphs.breadcrumbSeparator }.joined()
        let pathWritten = screen.put(text: glyphs.truncate(path, toWidth: maxWidth), row: row, col: col, maxWidth: maxWidth)
        let room = maxWidth - pathWritten
        guard room > 0 else { return pathWritten }
        return pathWritten + screen.put(
            text: glyphs.truncate(current, toWidth: room), row: row, col: col + pathWritten, style: Style.normal.adding(.bold), maxWidth: room
        )
    }

    /// "/pesh▏": the filter's end stays in view while typing, its start gives way to an ellipsis.
    static func filterPrompt(_ filter: String, glyphs: TableGlyphs, maxWidth: Int) -> String {
        let full = "/" + TerminalSafeText.sanitize(filter) + glyphs.cursor
        guard TextWidth.of(full) > maxWidth else { return full }
        var tail = ""
        var used = TextWidth.of(glyphs.ellipsis)
        for character in full.reversed() {
            let width = TextWidth.of(character)
            if used + width > maxWidth { break }
            tail.insert(character, at: tail.startIndex)
            used += width
        }
        return String(glyphs.ellipsis) + tail
    }
}
