/// Writes a `TableExport` as CSV (RFC 4180): a header row of field titles,
/// one line per row in the screen's order, then the totals row; CRLF line
/// ends; UTF-8 without a byte-order mark.
///
/// Fields with a comma, a double quote, or any control character (CR, LF,
/// tab...) are put in double quotes, with double quotes doubled; text is
/// otherwise exact, so names read back byte for byte. Counts are plain integers (`-35`, not
/// `▼ -35`), empty when unknown; booleans are `true` / `false`.
///
/// Formula injection: names come from producers, and a spreadsheet that opens
/// the file runs a cell starting with `=`, `+`, `-` or `@` (or tab or CR) as a
/// formula. Quoting does not prevent that (spreadsheets drop the quotes before
/// they look at the content), so a text cell that starts with one of these
/// characters gets a leading apostrophe (`'=HYPERLINK(…)`), the usual guard
/// (OWASP's advice). The apostrophe shows in the cell, which keeps the
/// original text readable and makes the change visible. Only text is guarded:
/// numbers are written by this program, and `-35` must stay a number.
public enum CSVWriter {
    public static let lineEnd = "\r\n"

    public static func document(_ table: TableExport) -> String {
        document(fields: table.fields, rows: table.rows + [table.totals])
    }

    /// The crossings table: the header, then every row (it has no totals row).
    public static func document(_ table: CrossingsTableExport) -> String {
        document(fields: table.fields, rows: table.rows)
    }

    static func document(fields: [TableExportField], rows: [[TableExportCell]]) -> String {
        var text = record(fields.map { .text($0.title) })
        for row in rows {
            text += record(TableExport.values(of: row))
        }
        return text
    }

    static func record(_ values: [TableExportValue]) -> String {
        values.map(field).joined(separator: ",") + lineEnd
    }

    static func field(_ value: TableExportValue) -> String {
        switch value {
        case .none: ""
        case .integer(let number): String(number)
        case .boolean(let flag): flag ? "true" : "false"
        case .text(let text): quotedIfNeeded(guardingFormula(text))
        }
    }

    /// Characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    static func guardingFormula(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// C0 controls, DEL and C1 controls: quoted, so a reader keeps them inside the field.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    static func quotedIfNeeded(_ text: String) -> String {
        // Scalars, not Characters: "\r\n" is one Character and would be missed as either half.
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || isControl($0) }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
