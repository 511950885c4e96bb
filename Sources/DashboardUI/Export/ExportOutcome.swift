/// What became of an export (`e`), passed back into the state for the status line.
public enum ExportOutcome: Sendable, Equatable {
    /// `fileName` was created in `directory` with `rowCount` rows of `tableName`
    /// (`districts` or `camps`), the totals row not counted.
    case written(fileName: String, directory: String, rowCount: Int, tableName: String)
    /// Nothing was written; `reason` says why (from the system's error).
    case failed(directory: String, reason: String)
}
