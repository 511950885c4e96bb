import DashboardCore

/// One cell of an exported row: the text the screen shows (for Markdown) and
/// the plain values of its column's fields (for CSV and JSON). Both come from
/// the same figures, so the files say what the screen says.
public struct TableExportCell: Sendable, Equatable {
    /// As the screen writes it ("99,275", "≥347,533", "▼ -35"), made terminal-safe.
    public let screenText: String
    /// One per field of the column, in the same order. Producer text exactly
    /// as the snapshot has it: CSV and JSON are for machines, and a name must
    /// match the snapshot's byte for byte (the writers quote or escape control
    /// characters; replacing them with `�` belongs to the terminal).
    public let values: [TableExportValue]

    public init(screenText: String, values: [TableExportValue]) {
        self.screenText = TerminalSafeText.sanitize(screenText)
        self.values = values
    }
}
