import DashboardCore

extension AppState {
    /// `e`: the table on screen, as filtered and sorted, every row of it, goes
    /// to the run loop to be written as CSV. The state stays pure: the file is
    /// written outside, and `exportFinished` brings the result back.
    mutating func exportCurrentTable() -> [Effect] {
        guard let table = TableExport(state: self) else {
            statusMessage = StatusMessage("Nothing to export: no valid snapshot yet", kind: .error, shownAt: now)
            return []
        }
        return [.exportTable(ExportRequest(table: table))]
    }

    /// Says on the status line where the file went, or why there is none.
    mutating func finishExport(_ outcome: ExportOutcome) {
        switch outcome {
        case .written(let fileName, let directory, let rowCount, let tableName):
            let noun = rowCount == 1 ? String(tableName.dropLast()) : tableName
            // The file name first: on a narrow status line the directory is what gets cut.
            statusMessage = StatusMessage("Saved \(fileName) (\(CountFormat.count(rowCount)) \(noun)) in \(directory)",
                                          kind: .info, shownAt: now)
        case .failed(let directory, let reason):
            statusMessage = StatusMessage("Export failed: \(reason), writing in \(directory)", kind: .error, shownAt: now)
        }
    }
}
