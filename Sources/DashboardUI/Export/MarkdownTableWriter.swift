import DashboardCore

/// Writes a `TableExport` as a Markdown table (GitHub / CommonMark tables)
/// for a situation report: a heading with the pane's title, a line naming the
/// snapshot, then the columns the screen shows with the screen's texts
/// (`99,275`, `≥347,533`, `▼ -35`), every row, and the totals row in bold.
/// Numbers are right-aligned, as on screen.
///
/// Producer text is escaped so that it stays text when the report is
/// rendered: `|` would end a cell, and `*`, `_`, `` ` ``, `[`, `<`, `&`...
/// would turn a name into emphasis, a link or HTML; and, as the report is
/// read by people, possibly with `cat`, it is made terminal-safe (`�`) as on
/// screen.
public enum MarkdownTableWriter {
    public static func document(_ table: TableExport) -> String {
        let shown = table.columns.indices.filter { table.columns[$0].isOnScreen }
        var lines = ["### " + escape(TerminalSafeText.sanitize(table.title)), ""]
        lines += [escape(about(table.snapshot)), "", escape(table.history.sentence), ""]
        lines.append(row(shown.map { table.columns[$0].screenTitle }))
        lines.append(row(shown.map { table.columns[$0].isNumeric ? "---:" : ":---" }, escaping: false))
        for cells in table.rows {
            lines.append(row(shown.map { cells[$0].screenText }))
        }
        lines.append(row(shown.map { index in
            let text = escape(table.totals[index].screenText)
            return text.isEmpty ? "" : "**" + text + "**"
        }, escaping: false))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The crossings table: a heading, the snapshot, then every row with the
    /// screen's texts (`–` for a figure not given, `≥` for a sum only some
    /// points gave); the all-points rows in bold.
    public static func document(_ table: CrossingsTableExport) -> String {
        let shown = table.columns.indices.filter { table.columns[$0].isOnScreen }
        var lines = ["### " + escape(CrossingsTableExport.title), "", escape(about(table.snapshot)), ""]
        lines.append(row(shown.map { table.columns[$0].screenTitle }))
        lines.append(row(shown.map { table.columns[$0].isNumeric ? "---:" : ":---" }, escaping: false))
        for cells in table.rows {
            let isAllPoints = cells[1].values == [.text(CrossingsTableExport.allPointsMark)]
            lines.append(row(shown.map { index in
                let text = escape(cells[index].screenText)
                return isAllPoints && !text.isEmpty ? "**" + text + "**" : text
            }, escaping: false))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Snapshot 2025-04-07 21:00 GMT+5 · its source`, terminal-safe.
    static func about(_ snapshot: ExportedSnapshot) -> String {
        var about = "Snapshot " + snapshot.generatedAtText
        if let source = snapshot.source, !source.isEmpty { about += " · " + TerminalSafeText.sanitize(source) }
        return about
    }

    static func row(_ cells: [String], escaping: Bool = true) -> String {
        "| " + cells.map { escaping ? escape($0) : $0 }.joined(separator: " | ") + " |"
    }

    /// Characters with a meaning in Markdown, HTML or a table row; CommonMark
    /// lets any ASCII punctuation be escaped with a backslash.
    static let special: Set<Character> = ["\\", "|", "*", "_", "`", "[", "]", "<", ">", "&", "~", "#"]

    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if special.contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
