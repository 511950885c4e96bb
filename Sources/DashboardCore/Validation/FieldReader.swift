/// Reads typed fields out of a parsed document and records a problem for
/// each rule a value breaks. Every snapshot rule about a single value lives
/// here; rules across values (unique ids, sums) live in `SnapshotDecoder`.
struct FieldReader {
    static let maximumCount = 100_000_000

    let document: JSONDocument
    private(set) var issues: [ValidationIssue] = []
    private(set) var errorCount = 0
    private(set) var warningCount = 0

    init(document: JSONDocument) {
        self.document = document
    }

    // MARK: Recording

    mutating func error(_ path: @autoclosure () -> JSONPath, _ message: String) {
        errorCount += 1
        if issues.count < ValidationReport.issueLimit { issues.append(ValidationIssue(.error, path(), message)) }
    }

    mutating func warning(_ path: @autoclosure () -> JSONPath, _ message: String) {
        warningCount += 1
        if issues.count < ValidationReport.issueLimit { issues.append(ValidationIssue(.warning, path(), message)) }
    }

    // MARK: Shapes

    /// The members of an object, or nil (with an error) when the value is not one.
    mutating func object(_ node: Int, _ path: @autoclosure () -> JSONPath) -> JSONMembers? {
        guard document.kind(node) == .object else {
            error(path(), "must be an object, got \(describe(node))")
            return nil
        }
        return document.members(of: node)
    }

    mutating func array(_ node: Int, _ path: @autoclosure () -> JSONPath) -> JSONChildren? {
        guard document.kind(node) == .array else {
            error(path(), "must be an array, got \(describe(node))")
            return nil
        }
        return document.elements(of: node)
    }

    mutating func unknownField(_ key: Int, _ path: JSONPath) {
        let name = document.string(key)
        warning(path.appending(name), "unknown field (ignored; this build reads snapshot version 1)")
    }

    mutating func missing(_ path: JSONPath, _ field: String) {
        error(path.appending(field), "required field is missing")
    }

    // MARK: Scalars

    /// A count: written as plain digits, 0 to 100,000,000. `-3`, `1.5`, `1e12`,
    /// `-0` and `"12"` are all refused: a count is a whole number as written.
    mutating func count(_ node: Int, _ path: @autoclosure () -> JSONPath) -> Int? {
        if let value = document.plainInteger(node), value <= FieldReader.maximumCount { return value }
        error(path(), "must be a whole number from 0 to \(FieldReader.maximumCount), got \(describe(node))")
        return nil
    }

    mutating func string(_ node: Int, _ path: @autoclosure () -> JSONPath) -> String? {
        guard document.kind(node) == .string else {
            error(path(), "must be a string, got \(describe(node))")
            return nil
        }
        return document.string(node)
    }

    /// Text with a length rule, in characters (Unicode scalars, as JSON Schema
    /// counts them). Control characters are a warning: the dashboard shows them as �.
    mutating func text(_ node: Int, _ path: @autoclosure () -> JSONPath, minimum: Int = 1, maximum: Int) -> String? {
        guard let value = string(node, path()) else { return nil }
        let length = value.unicodeScalars.count
        if length < minimum {
            error(path(), minimum == 1 ? "must not be empty" : "must be at least \(minimum) characters, got \(length)")
            return nil
        }
        if length > maximum {
            error(path(), "must be at most \(maximum) characters, got \(length)")
            return nil
        }
        warnAboutControlCharacters(value, path())
        return value
    }

    mutating func warnAboutControlCharacters(_ value: String, _ path: @autoclosure () -> JSONPath) {
        if value.unicodeScalars.contains(where: FieldReader.isControl) {
            warning(path(), "contains control characters (shown as \u{FFFD})")
        }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// An id: `^[a-z0-9][a-z0-9._-]{0,63}$`.
    mutating func identifier(_ node: Int, _ path: @autoclosure () -> JSONPath) -> String? {
        guard let value = string(node, path()) else { return nil }
        let bytes = Array(value.utf8)
        let valid = (1...64).contains(bytes.count) && FieldReader.isIdStart(bytes[0]) && bytes.dropFirst().allSatisfy(FieldReader.isIdByte)
        guard valid else {
            error(path(), "must match ^[a-z0-9][a-z0-9._-]{0,63}$ (lower-case letters, digits, '.', '_', '-'; at most 64), got \(quoted(value))")
            return nil
        }
        return value
    }

    private static func isIdStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isIdByte(_ byte: UInt8) -> Bool {
        isIdStart(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    /// `YYYY-MM-DD`, a day that exists.
    mutating func day(_ node: Int, _ path: @autoclosure () -> JSONPath) -> CalendarDay? {
        guard document.kind(node) == .string else {
            error(path(), "must be a date string YYYY-MM-DD, got \(describe(node))")
            return nil
        }
        // Escapes (`\u0031`) spell the same string: parse the decoded text then.
        if let day = document.withRawBytes(node, CalendarDay.parse) ?? CalendarDay(parsing: document.string(node)) { return day }
        error(path(), "must be a date YYYY-MM-DD that exists, got \(describe(node))")
        return nil
    }

    /// RFC 3339 date-time with an offset.
    mutating func instant(_ node: Int, _ path: @autoclosure () -> JSONPath) -> Instant? {
        guard document.kind(node) == .string else {
            error(path(), "must be an RFC 3339 date-time string, got \(describe(node))")
            return nil
        }
        if let instant = document.withRawBytes(node, Instant.parse) ?? Instant(rfc3339: document.string(node)) { return instant }
        error(path(), "must be an RFC 3339 date-time with an offset, such as 2025-04-07T18:00:00+05:00, got \(describe(node))")
        return nil
    }

    /// One of a fixed set of words.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ node: Int, _ path: @autoclosure () -> JSONPath, _ what: String, as: Choice.Type
    ) -> Choice? where Choice.RawValue == String {
        guard let value = string(node, path()) else { return nil }
        if let choice = Choice(rawValue: value) { return choice }
        let expected = Choice.allCases.map(\.rawValue)
        error(path(), "unknown \(what) \(quoted(value)) (expected \(expected.dropLast().joined(separator: ", ")) or \(expected.last!))")
        return nil
    }

    // MARK: Describing values in messages

    /// A short, terminal-safe rendering of a value for "got ..." in messages.
    func describe(_ node: Int) -> String {
        switch document.kind(node) {
        case .object: return "an object"
        case .array: return "an array"
        case .null: return "null"
        case .true: return "true"
        case .false: return "false"
        case .number: return FieldReader.shortened(document.rawText(node))
        case .string: return quoted(document.string(node))
        }
    }

    func quoted(_ text: String) -> String {
        "\"" + FieldReader.shortened(String(String.UnicodeScalarView(text.unicodeScalars.map { FieldReader.isControl($0) ? "\u{FFFD}" : $0 }))) + "\""
    }

    private static func shortened(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(39)) + "…"
    }
}
