import DashboardCore

/// Writes a `TableExport` as one JSON object that describes itself: which
/// snapshot (path, `generated_at`, source), which table and district, the
/// sort and filter, the columns (key, title, type, meaning), then every row
/// as an object keyed by column, and the totals row.
///
///     {
///       "format": "repatdash-table",
///       "format_version": 1,
///       "table": "districts",
///       ...
///       "rows": [
///         {"name": "Haripur", "id": "kp-haripur", "province": "Khyber Pakhtunkhwa", "camps_open": 3, ...},
///
/// Counts are JSON integers; an unknown figure is `null`. One row per line,
/// so two exports compare well with `diff`. Strings are escaped per RFC 8259,
/// and producer text is exact: a name with a tab in it reads back with the tab.
public enum JSONTableWriter {
    public static let formatName = "repatdash-table"
    public static let formatVersion = 1

    public static func document(_ table: TableExport) -> String {
        let fields = table.fields
        var members: [(String, String)] = [
            ("format", string(formatName)),
            ("format_version", String(formatVersion)),
            ("table", string(table.tableName)),
            ("title", string(table.title)),
            ("district", table.districtID.map { object([("id", string($0)), ("name", optional(table.districtName))]) } ?? "null"),
            ("snapshot", object([
                ("path", string(table.snapshot.path)),
                ("generated_at", string(table.snapshot.generatedAt)),
                ("timezone", string(table.snapshot.timeZone)),
                ("source", optional(table.snapshot.source)),
                ("previous_path", optional(table.snapshot.previousPath)),
            ])),
            ("source_path", string(table.sourcePath)),
            ("exported_at", string(table.exportedAt)),
            ("sort", object([
                ("column", string(table.sortColumn)), ("title", string(table.sortTitle)),
                ("order", string(table.sortAscending ? "ascending" : "descending")),
            ])),
            ("filter", string(table.filter)),
        ]
        let columns = fields.map { field in
            object([("id", string(field.id)), ("title", string(field.title)), ("type", string(field.kind.rawValue))]
                + (field.description.map { [("description", string($0))] } ?? []))
        }
        members.append(("columns", array(columns)))
        members.append(("row_count", String(table.rows.count)))
        members.append(("rows", array(table.rows.map { row(fields, TableExport.values(of: $0)) })))
        members.append(("totals", row(fields, TableExport.values(of: table.totals))))
        return "{\n" + members.map { "  " + string($0.0) + ": " + $0.1 }.joined(separator: ",\n") + "\n}\n"
    }

    static func row(_ fields: [TableExportField], _ values: [TableExportValue]) -> String {
        object(zip(fields, values).map { ($0.id, value($1)) })
    }

    static func value(_ value: TableExportValue) -> String {
        switch value {
        case .none: "null"
        case .integer(let number): String(number)
        case .boolean(let flag): flag ? "true" : "false"
        case .text(let text): string(text)
        }
    }

    /// An object on one line: `{"a": 1, "b": null}`.
    static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { string($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }

    /// An array with one element per line, indented under a top-level member.
    static func array(_ elements: [String]) -> String {
        elements.isEmpty ? "[]" : "[\n" + elements.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]"
    }

    static func optional(_ text: String?) -> String {
        text.map(string) ?? "null"
    }

    /// A JSON string (RFC 8259): `"` and `\` escaped, U+0000–U+001F as `\u00XX`
    /// (short forms for the common ones), and DEL and U+0080–U+009F as `\u00XX`
    /// too so no control character reaches a terminal that `cat`s the file
    /// (they read back the same); U+2028 and U+2029 escaped so the text is
    /// also valid JavaScript; everything else as UTF-8.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += "\\u" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
