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
            ("snapshot", snapshot(table.snapshot)),
            ("baseline", object([
                ("compares_with", string(table.history.baselineKind)),
                ("asked_for", optional(table.history.baselineAskedFor)),
                ("snapshot_generated_at", optional(table.history.baselineGeneratedAt)),
                ("older_than_history", table.history.baselineOlderThanHistory ? "true" : "false"),
                ("text", string(table.history.baselineText)),
            ])),
            ("viewing", object([
                ("live", table.history.isLive ? "true" : "false"),
                ("steps_back", String(table.history.stepsBack)),
                ("newest_generated_at", optional(table.history.newestGeneratedAt)),
            ])),
            ("source_path", string(table.sourcePath)),
            ("exported_at", string(table.exportedAt)),
            ("sort", object([
                ("column", string(table.sortColumn)), ("title", string(table.sortTitle)),
                ("order", string(table.sortAscending ? "ascending" : "descending")),
            ])),
            ("filter", string(table.filter)),
        ]
        members += columnsAndRows(fields, table.rows)
        members.append(("totals", row(fields, TableExport.values(of: table.totals))))
        return document(members)
    }

    /// The crossings table: the same head, without sort, filter or
    /// baseline (it has none), with the mark of the all-points rows and the
    /// provinces (the columns after `other`, in their order).
    public static func document(_ table: CrossingsTableExport) -> String {
        var members: [(String, String)] = [
            ("format", string(formatName)),
            ("format_version", String(formatVersion)),
            ("table", string(CrossingsTableExport.tableName)),
            ("title", string(CrossingsTableExport.title)),
            ("snapshot", snapshot(table.snapshot)),
            ("source_path", string(table.sourcePath)),
            ("exported_at", string(table.exportedAt)),
            ("all_points", string(CrossingsTableExport.allPointsMark)),
            ("provinces", "[" + table.provinces.map(string).joined(separator: ", ") + "]"),
        ]
        members += columnsAndRows(table.fields, table.rows)
        return document(members)
    }

    static func snapshot(_ snapshot: ExportedSnapshot) -> String {
        object([
            ("path", string(snapshot.path)),
            ("generated_at", string(snapshot.generatedAt)),
            ("timezone", string(snapshot.timeZone)),
            ("source", optional(snapshot.source)),
            ("previous_path", optional(snapshot.previousPath)),
        ])
    }

    /// `columns` (key, title, type, meaning), `row_count` and `rows`.
    static func columnsAndRows(_ fields: [TableExportField], _ rows: [[TableExportCell]]) -> [(String, String)] {
        let columns = fields.map { field in
            object([("id", string(field.id)), ("title", string(field.title)), ("type", string(field.kind.rawValue))]
                + (field.description.map { [("description", string($0))] } ?? []))
        }
        return [("columns", array(columns)), ("row_count", String(rows.count)),
                ("rows", array(rows.map { row(fields, TableExport.values(of: $0)) }))]
    }

    static func document(_ members: [(String, String)]) -> String {
        "{\n" + members.map { "  " + string($0.0) + ": " + $0.1 }.joined(separator: ",\n") + "\n}\n"
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
