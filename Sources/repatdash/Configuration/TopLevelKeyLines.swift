/// The line on which each top-level key of a TOML document first appears.
///
/// TOMLKit gives values but not their positions, and every problem must name
/// its line, so this reads the text once more. It only has to be right for
/// documents TOMLKit already accepted, which keeps it small: a key is the text
/// before `=` at the root (before any `[table]` header), a `[table]` or
/// `[[array]]` header names its first key part, and multi-line strings are
/// skipped so their contents are never taken for keys.
///
/// Each `[[array]]` table (the `[[alert]]` rules) also gets the line of its
/// header and of each of its own keys, so a rule's problem names its line.
struct TopLevelKeyLines {
    private(set) var lines: [String: Int] = [:]
    /// Per array-of-tables name, one entry per `[[name]]` header, in file order.
    private(set) var arrayTables: [String: [TableLines]] = [:]

    struct TableLines: Equatable {
        let header: Int
        private(set) var keys: [String: Int] = [:]

        init(header: Int) { self.header = header }

        /// The key's line, or the header's when the table does not name it (a missing key).
        func line(of key: String) -> Int { keys[key] ?? header }

        fileprivate mutating func record(_ key: String, line: Int) {
            if keys[key] == nil { keys[key] = line }
        }
    }

    init(text: String) {
        var openMultilineQuote: String?
        var isInsideTable = false
        var openArrayTable: String?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(rawLine)
            if let quote = openMultilineQuote {
                // Still inside a multi-line string: it ends on this line or a later one.
                if line.contains(quote) { openMultilineQuote = nil }
                continue
            }
            line = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                isInsideTable = true
                let header = line.drop { $0 == "[" }
                let name = Self.firstKeyPart(of: header.prefix { $0 != "]" })
                record(name, line: index + 1)
                openArrayTable = line.hasPrefix("[[") ? name : nil
                if let openArrayTable { arrayTables[openArrayTable, default: []].append(TableLines(header: index + 1)) }
                continue
            }
            guard let equals = Self.indexOfAssignment(in: line) else { continue }
            if !isInsideTable {
                record(Self.firstKeyPart(of: line[..<equals]), line: index + 1)
            } else if let openArrayTable, var tables = arrayTables[openArrayTable], !tables.isEmpty {
                // A key of the latest `[[name]]` table.
                tables[tables.count - 1].record(Self.firstKeyPart(of: line[..<equals]), line: index + 1)
                arrayTables[openArrayTable] = tables
            }
            openMultilineQuote = Self.unclosedMultilineQuote(in: line[line.index(after: equals)...])
        }
    }

    /// The line of `key`, or nil when the text never names it.
    func line(of key: String) -> Int? { lines[key] }

    private mutating func record(_ key: String, line: Int) {
        if lines[key] == nil { lines[key] = line }
    }

    /// `a.b`, `"a.b".c`, `'x' `: the first part, unquoted.
    static func firstKeyPart(of keyText: Substring) -> String {
        let trimmed = keyText.drop { $0 == " " || $0 == "\t" }
        if let quote = trimmed.first, quote == "\"" || quote == "'" {
            let body = trimmed.dropFirst()
            return String(body.prefix { $0 != quote })
        }
        return String(trimmed.prefix { $0 != "." && $0 != " " && $0 != "\t" && $0 != "=" })
    }

    /// Where the `=` of `key = value` is: the first one outside a quoted key.
    static func indexOfAssignment(in line: Substring) -> Substring.Index? {
        var quote: Character?
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "=" {
                return index
            } else if character == "#" {
                return nil
            }
        }
        return nil
    }

    /// `"""` or `'''` when the value opens a multi-line string it does not close on this line.
    static func unclosedMultilineQuote(in value: Substring) -> String? {
        let trimmed = value.drop { $0 == " " || $0 == "\t" }
        for quote in ["\"\"\"", "'''"] where trimmed.hasPrefix(quote) {
            return trimmed.dropFirst(3).contains(quote) ? nil : quote
        }
        return nil
    }
}
