/// Which columns of a table fit a width, and where each one goes.
///
/// Columns keep their declared order. When they do not all fit, the pane's
/// narrowing steps are applied one at a time until they do, so the least
/// useful column goes first and the name never goes. The column the table is
/// sorted by is never dropped: a sort marker on a hidden column would tell
/// the operator nothing.
struct TableLayout<Key: Hashable & Sendable>: Sendable {
    struct Slot: Sendable {
        let column: TableColumn<Key>
        /// Cells from the table's left edge.
        let offset: Int
        let width: Int
    }

    let slots: [Slot]

    init(columns: [TableColumn<Key>], width: Int, gap: Int, narrowing: [TableNarrowing<Key>], keeping pinned: Key? = nil) {
        var visible = columns
        var shrunk = Set<Key>()
        func leastWidth(_ column: TableColumn<Key>) -> Int {
            column.isFlexible || shrunk.contains(column.key) ? column.minimumWidth : column.width
        }
        func needed() -> Int {
            visible.reduce(0) { $0 + leastWidth($1) } + gap * max(0, visible.count - 1)
        }
        var steps = narrowing.makeIterator()
        while needed() > width, let step = steps.next() {
            switch step {
            case .drop(let key) where key != pinned: visible.removeAll { $0.key == key }
            case .drop: continue
            case .shrink(let key): shrunk.insert(key)
            }
        }

        var widths = visible.map(leastWidth)
        var spare = max(0, width - needed())
        // A shrunk column gets back what it can before the name takes the rest.
        for index in visible.indices where !visible[index].isFlexible && shrunk.contains(visible[index].key) {
            let given = min(spare, visible[index].width - widths[index])
            widths[index] += given
            spare -= given
        }
        if let flexible = visible.firstIndex(where: \.isFlexible) { widths[flexible] += spare }

        var placed: [Slot] = []
        var offset = 0
        for (column, columnWidth) in zip(visible, widths) {
            // Only when nothing more can be narrowed: cut at the edge rather than draw past it.
            let clipped = min(columnWidth, width - offset)
            guard clipped > 0 else { break }
            placed.append(Slot(column: column, offset: offset, width: clipped))
            offset += columnWidth + gap
        }
        slots = placed
    }

    var keys: [Key] { slots.map(\.column.key) }

    /// Cells every column needs at once, the name at its least, gaps included.
    static func widthShowingAll(_ columns: [TableColumn<Key>], gap: Int) -> Int {
        columns.reduce(0) { $0 + ($1.isFlexible ? $1.minimumWidth : $1.width) } + gap * max(0, columns.count - 1)
    }

    /// Writes one row: each visible column's cell, padded to its width
    /// (numbers on the right) and cut with `ellipsis` when too long.
    /// `background` paints the selection bar under every cell's own colour.
    func draw(
        row: Int, col: Int, on screen: inout Screen, glyphs: TableGlyphs, background: SemanticColor? = nil,
        cell: (Key) -> TableCell
    ) {
        for slot in slots {
            let content = cell(slot.column.key)
            let fitted = glyphs.truncate(content.text, toWidth: slot.width)
            let padded = TextWidth.pad(fitted, toWidth: slot.width, alignRight: slot.column.alignment == .right)
            let style = background.map { content.style.on($0) } ?? content.style
            screen.put(text: padded, row: row, col: col + slot.offset, style: style, maxWidth: slot.width)
        }
    }
}
