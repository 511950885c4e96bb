/// One column of an exported table: how the screen heads it, and the plain
/// fields it becomes in CSV and JSON.
public struct TableExportColumn: Sendable, Equatable {
    /// The header as the screen draws it, sort marker included ("Population ▼").
    public let screenTitle: String
    /// False for columns only the files carry (the id, which sums are partial):
    /// the Markdown export, which shows the table as the screen does, leaves them out.
    public let isOnScreen: Bool
    /// Numbers: right-aligned on screen and in Markdown.
    public let isNumeric: Bool
    public let fields: [TableExportField]

    public init(screenTitle: String, isOnScreen: Bool = true, isNumeric: Bool, fields: [TableExportField]) {
        self.screenTitle = screenTitle
        self.isOnScreen = isOnScreen
        self.isNumeric = isNumeric
        self.fields = fields
    }
}
