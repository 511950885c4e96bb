import DashboardCore

/// Row 0: the product name, where the operator is (`All districts › Peshawar`),
/// and, while `/` is taking text, the filter being typed with a cursor; at
/// the right end, the firing alerts by severity (`2 CRIT 1 WARN`).
enum HeaderBar {
    static let productName = "repatdash"
    static let filterHint = "Enter keeps, Esc clears"

    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        let glyphs = TableGlyphs(state.options)
        let row = rect.row
        // One blank cell at each end, so the bar does not touch the terminal's edges.
        // The alert badge comes first: it is what must never be cut off.
        let badge = AlertBadge.draw(state, row: row, end: rect.right - 1, on: &screen)
        let end = rect.right - 1 - (badge > 0 ? badge + 2 : 0)
        var col = rect.col + 1
        col += screen.put(text: productName, row: row, col: col, style: .header, maxWidth: max(0, end - col)) + 2
        // Not live: said first, in reverse video and in words, so it reads across the room and without colour.
        if let banner = timeTravelBanner(state, glyphs: glyphs) {
            col += screen.put(text: banner, row: row, col: col, style: Style.warning.adding([.bold, .reverse]), maxWidth: max(0, end - col)) + 2
        }

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

    /// `VIEWING 12:00 · 2 back · ] to return`; nil when live.
    static func timeTravelBanner(_ state: AppState, glyphs: TableGlyphs) -> String? {
        guard let travel = state.timeTravel, let steps = state.stepsBack else { return nil }
        let zone = state.data?.timeZone ?? .default
        return " " + TimeTravelText.banner(travel, stepsBack: steps, zone: zone, separator: " \(PaneGlyphs.forOptions(state.options).separator) ") + " "
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
