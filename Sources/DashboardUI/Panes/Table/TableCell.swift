/// The text of one cell of a table row and how it looks. The text is data
/// from a snapshot: `TableLayout` sanitises, measures and pads it.
struct TableCell: Sendable {
    let text: String
    let style: Style

    init(_ text: String, style: Style = .normal) {
        self.text = text
        self.style = style
    }

    static let empty = TableCell("")
}
