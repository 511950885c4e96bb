import DashboardCore

/// One cell of an exported row: the text the screen shows (for Markdown) and
/// the plain values of its column's fields (for CSV and JSON). Both come from
/// the same figures, so the files say what the screen says.
public struct TableExportCell: Sendable, Equatable {
    /// As the screen writes it ("99,275", "≥347,533", "▼ -35"), made terminal-safe.
    public let screenText: String
    /// One per field of the column, in the same order.
    public let values: [TableExportValue]

    public init(screenText: String, values: [TableExportValue]) {
        self.screenText = TerminalSafeText.sanitize(screenText)
        // Producer text is cleaned as the screen cleans it: a control character
        // in a CSV cell could still reach a terminal through `cat`, or break a row.
        self.values = values.map { value in
            if case .text(let text) = value { return .text(TerminalSafeText.sanitize(text)) }
            return value
        }
    }
}
