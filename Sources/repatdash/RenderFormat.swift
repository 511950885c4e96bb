import ArgumentParser
import DashboardUI

/// What `repatdash render --format` prints: the frame as text, or the
/// table on screen, every row of it, for a report or a spreadsheet.
enum RenderFormat: String, CaseIterable, ExpressibleByArgument {
    case text, csv, json, markdown

    /// The table in this format; nil for `text`, which is the whole frame.
    func document(_ table: TableExport) -> String? {
        switch self {
        case .text: nil
        case .csv: CSVWriter.document(table)
        case .json: JSONTableWriter.document(table)
        case .markdown: MarkdownTableWriter.document(table)
        }
    }

    /// The crossings table in this format; `text` is an aligned plain table.
    func document(_ table: CrossingsTableExport) -> String {
        switch self {
        case .text: TextTableWriter.document(table)
        case .csv: CSVWriter.document(table)
        case .json: JSONTableWriter.document(table)
        case .markdown: MarkdownTableWriter.document(table)
        }
    }
}

/// What `repatdash render --table` prints: the districts table (or, with
/// `--district`, its camps), as without the option, or the crossings table.
enum RenderTable: String, CaseIterable, ExpressibleByArgument {
    case districts, crossings
}
