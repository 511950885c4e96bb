/// One column of a pane's table: its header, alignment, and how wide it wants to be.
///
/// Widths are measured by the pane from the texts it will show (in terminal
/// cells, via `TextWidth`), so a column is exactly as wide as its widest value
/// and columns never shift when the selection scrolls.
struct TableColumn<Key: Hashable>: Sendable where Key: Sendable {
    enum Alignment: Sendable {
        case left
        /// Numbers: their last digits line up.
        case right
    }

    let key: Key
    /// Header text, sort marker included when the table is sorted by this column.
    let title: String
    let alignment: Alignment
    /// Cells the column wants: its widest text, header included.
    let width: Int
    /// Cells it may shrink to (after a `.shrink` step) before it has to go.
    let minimumWidth: Int
    /// The one column that takes whatever width the others leave (the name).
    let isFlexible: Bool

    init(key: Key, title: String, alignment: Alignment, width: Int, minimumWidth: Int? = nil, isFlexible: Bool = false) {
        self.key = key
        self.title = title
        self.alignment = alignment
        self.width = max(width, TextWidth.of(title))
        self.minimumWidth = min(self.width, minimumWidth ?? self.width)
        self.isFlexible = isFlexible
    }
}
