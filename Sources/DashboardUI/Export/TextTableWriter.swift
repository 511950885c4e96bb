import DashboardCore

/// Writes the crossings table as plain text for a cron mail or a log: a
/// heading, the snapshot, then every row in aligned columns with the
/// screen's texts (numbers on the right; `–` for a figure not given, `≥`
/// for a sum only some points gave). Columns are as wide as their widest
/// text and never cut, so lines are as long as they need to be; producer
/// text is made terminal-safe, as on screen. Only spaces pad: no escape
/// codes, no tabs.
public enum TextTableWriter {
    public static func document(_ table: CrossingsTableExport) -> String {
        let shown = table.columns.indices.filter { table.columns[$0].isOnScreen }
        let lines = [[String](shown.map { table.columns[$0].screenTitle })] + table.rows.map { cells in shown.map { cells[$0].screenText } }
        let widths = shown.indices.map { column in lines.reduce(0) { max($0, TextWidth.of($1[column])) } }
        let body = lines.map { texts in
            shown.indices.map { column in
                TextWidth.pad(texts[column], toWidth: widths[column], alignRight: table.columns[shown[column]].isNumeric)
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        return ([CrossingsTableExport.title, MarkdownTableWriter.about(table.snapshot), ""] + body).joined(separator: "\n") + "\n"
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
