/// What `e` asks the run loop to write: the table as it was on screen when
/// the key was pressed, and the file name to start from.
public struct ExportRequest: Sendable, Equatable {
    public let table: TableExport
    /// `repatdash-districts-20250407T1810`; the writer adds `.csv`, or `-2.csv`... when taken.
    public let fileNameStem: String

    public init(table: TableExport) {
        self.table = table
        fileNameStem = ExportFileName.stem(for: table)
    }
}
