/// Every key the dashboard answers to (`KeyTable`), what the mouse does, and
/// a legend of every marker and colour, in a box in the middle of the screen
/// over the panes. Keys and legend stand side by side where the width allows;
/// otherwise one under the other, and the box scrolls (its own keys in the
/// table) with "more below" on its border. Any other key closes it.
enum HelpOverlay {
    struct Entry: Equatable {
        let keys: String
        let action: String
        var keyStyle: Style = Style.accent.adding(.bold)
    }

    /// One piece of a line of the help, `col` cells from the inside's left.
    struct Segment: Equatable {
        let col: Int
        let text: String
        let style: Style
    }

    /// The help laid out for one screen: the box, its lines and which of them show.
    struct Page {
        let box: Rect
        let lines: [[Segment]]
        /// Lines that fit inside the box, above the blank line and the footer.
        let visibleCount: Int
        var isScrollable: Bool { lines.count > visibleCount }
        var lastScrollTop: Int { max(0, lines.count - visibleCount) }
    }

    /// One line per binding of `KeyTable`, the table `update` answers from;
    /// then Ctrl-Z, which the terminal turns into a signal before any key is read.
    static func entries(glyphs: PaneGlyphs) -> [Entry] {
        KeyTable.bindings.map { binding in
            Entry(keys: binding.keys.map { $0.key.label(glyphs: glyphs) }.joined(separator: " "), action: binding.description)
        } + [Entry(keys: "Ctrl-Z", action: "suspend; fg in the shell brings it back")]
    }

    /// What the mouse does, when the dashboard has it (`mouse = false` gives it back to the terminal).
    static func mouseEntries() -> [Entry] {
        [
            Entry(keys: "click", action: "focus a pane, select a table row"),
            Entry(keys: "double-click", action: "open the district (as Enter)"),
            Entry(keys: "wheel", action: "scroll the pane under the pointer"),
            Entry(keys: "Shift-drag", action: "select text (the terminal's own)"),
        ]
    }

    static let footer = "Any other key closes this help."
    static let scrollFooter = "j k PgUp PgDn Home End scroll; any other key closes this help."
    /// Cells between the keys column and the legend when they stand side by side.
    static let columnGap = 4

    static func draw(_ state: AppState, on screen: inout Screen) {
        let glyphs = PaneGlyphs.forOptions(state.options)
        let page = page(state)
        let box = page.box
        guard box.width >= 2, box.height >= 2 else { return }
        // Blank the panes underneath so no figure shows through between the lines.
        screen.fill(box)
        screen.drawBox(box, style: .accent, title: "Help", titleStyle: .header)
        let inner = Rect(row: box.row + 1, col: box.col + 3, width: box.width - 6, height: box.height - 2)
        guard !inner.isEmpty else { return }
        let top = min(state.helpScrollTop, page.lastScrollTop)
        for (offset, line) in page.lines.dropFirst(top).prefix(page.visibleCount).enumerated() {
            for segment in line where segment.col < inner.width {
                let room = inner.width - segment.col
                screen.put(text: glyphs.fit(segment.text, toWidth: room), row: inner.row + offset, col: inner.col + segment.col,
                           style: segment.style, maxWidth: room)
            }
        }
        let footerText = page.isScrollable ? scrollFooter : footer
        screen.put(text: glyphs.fit(footerText, toWidth: inner.width), row: inner.bottom - 1, col: inner.col, style: .muted)
        if top > 0 { drawBorderNote(" \(glyphs.up) more above ", row: box.row, in: box, on: &screen) }
        if top < page.lastScrollTop { drawBorderNote(" \(glyphs.down) more below ", row: box.bottom - 1, in: box, on: &screen) }
    }

    /// Lines of the help that show at once (its page, for PgUp and PgDn).
    static func visibleLineCount(_ state: AppState) -> Int { max(1, page(state).visibleCount) }

    static func lastScrollTop(_ state: AppState) -> Int { page(state).lastScrollTop }

    /// Pure: `update` pages and clamps the scroll on it, `draw` draws it.
    static func page(_ state: AppState) -> Page {
        let glyphs = PaneGlyphs.forOptions(state.options)
        var keys = block("Keys", entries(glyphs: glyphs))
        if state.options.mouse { keys += [[]] + block("Mouse", mouseEntries()) }
        let legend = block("Legend", HelpLegend.entries(state.options))
        let keysWidth = width(of: keys), legendWidth = width(of: legend)
        let bounds = Rect(row: 0, col: 0, width: state.width, height: state.height)
        let lines: [[Segment]]
        // Two cells of padding and a border each side.
        if keysWidth + columnGap + legendWidth + 6 <= bounds.width {
            let legendCol = keysWidth + columnGap
            lines = (0..<max(keys.count, legend.count)).map { index -> [Segment] in
                let left: [Segment] = index < keys.count ? keys[index] : []
                let right: [Segment] = index < legend.count ? legend[index] : []
                return left + right.map { Segment(col: $0.col + legendCol, text: $0.text, style: $0.style) }
            }
        } else {
            lines = keys + [[]] + legend
        }
        let contentWidth = max(width(of: lines), TextWidth.of(scrollFooter))
        // Borders, a blank line before the footer, and the footer.
        let box = centred(width: contentWidth + 6, height: lines.count + 4, in: bounds)
        return Page(box: box, lines: lines, visibleCount: max(0, box.height - 4))
    }

    /// A heading, then one line per entry with its keys in a column of their own.
    private static func block(_ heading: String, _ entries: [Entry]) -> [[Segment]] {
        let keyWidth = entries.map { TextWidth.of($0.keys) }.max() ?? 0
        return [[Segment(col: 0, text: heading, style: Style.header.adding(.underline))]] + entries.map { entry in
            [Segment(col: 0, text: entry.keys, style: entry.keyStyle), Segment(col: keyWidth + 3, text: entry.action, style: .normal)]
        }
    }

    private static func width(of lines: [[Segment]]) -> Int {
        lines.map { line in line.map { $0.col + TextWidth.of($0.text) }.max() ?? 0 }.max() ?? 0
    }

    /// "↓ more below" on the box's border, at the right, when it fits.
    private static func drawBorderNote(_ text: String, row: Int, in box: Rect, on screen: inout Screen) {
        let width = TextWidth.of(text)
        guard width <= box.width - 4 else { return }
        screen.put(text: text, row: row, col: box.right - 2 - width, style: Style.accent.adding(.bold))
    }

    /// A `width` × `height` rectangle centred in `bounds`, shrunk to fit it.
    static func centred(width: Int, height: Int, in bounds: Rect) -> Rect {
        let fittedWidth = min(width, bounds.width)
        let fittedHeight = min(height, bounds.height)
        return Rect(row: bounds.row + (bounds.height - fittedHeight) / 2, col: bounds.col + (bounds.width - fittedWidth) / 2,
                    width: fittedWidth, height: fittedHeight)
    }
}
