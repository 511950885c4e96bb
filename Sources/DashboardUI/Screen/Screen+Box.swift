extension Screen {
    /// A horizontal rule of `length` cells from (row, col), clipped to the screen.
    public mutating func horizontalLine(row: Int, col: Int, length: Int, style: Style = .normal) {
        guard length > 0 else { return }
        let cell = Cell(boxCharset.horizontal, style: style)
        for current in max(0, col)..<min(width, col + length) {
            set(cell, row: row, col: current)
        }
    }

    /// A vertical rule of `length` cells down from (row, col), clipped to the screen.
    public mutating func verticalLine(row: Int, col: Int, length: Int, style: Style = .normal) {
        guard length > 0 else { return }
        let cell = Cell(boxCharset.vertical, style: style)
        for current in max(0, row)..<min(height, row + length) {
            set(cell, row: current, col: col)
        }
    }

    /// A border around `rect`, with an optional title on the top edge
    /// ("┌ Districts ──┐"), truncated with "…" to fit between the corners.
    /// Rectangles smaller than 2×2 are left alone.
    public mutating func drawBox(_ rect: Rect, style: Style = .normal, title: String? = nil, titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let charset = boxCharset
        let top = rect.row
        let bottom = rect.bottom - 1
        let left = rect.col
        let right = rect.right - 1
        horizontalLine(row: top, col: left + 1, length: rect.width - 2, style: style)
        horizontalLine(row: bottom, col: left + 1, length: rect.width - 2, style: style)
        verticalLine(row: top + 1, col: left, length: rect.height - 2, style: style)
        verticalLine(row: top + 1, col: right, length: rect.height - 2, style: style)
        set(Cell(charset.topLeft, style: style), row: top, col: left)
        set(Cell(charset.topRight, style: style), row: top, col: right)
        set(Cell(charset.bottomLeft, style: style), row: bottom, col: left)
        set(Cell(charset.bottomRight, style: style), row: bottom, col: right)
        // Title sits after "┌─" and keeps a space either side; needs 1 cell of text.
        if let title, !title.isEmpty, rect.width >= 7 {
            put(text: " " + TextWidth.truncate(title, toWidth: rect.width - 6) + " ",
                row: top, col: left + 2, style: titleStyle ?? style)
        }
    }
}
