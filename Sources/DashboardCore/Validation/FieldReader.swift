import Foundation

/// Reads typed values from a `JSONReader` and records a problem for each
/// rule a value breaks. Every snapshot rule about a single value lives here;
/// rules across values (unique ids, sums) live in `SnapshotDecoder`.
///
/// Each method consumes exactly one value, whatever it holds: a value of the
/// wrong kind is described in the message and skipped, so reading goes on
/// and every problem in the file is reported, not just the first. Problems
/// are recorded at the path of the value being read (`json.path`), which is
/// made only when there is a problem.
struct FieldReader {
    static let maximumCount = 100_000_000

    var json: JSONReader
    private(set) var issues: [ValidationIssue] = []
    private(set) var errorCount = 0
    private(set) var warningCount = 0

    init(json: JSONReader) {
        self.json = json
    }

    // MARK: Recording

    /// An error at the value being read (or, after an object's end, at the object).
    mutating func error(_ message: String) {
        error(at: json.path, message)
    }

    /// An error at a member of the object just read: cross-field rules.
    mutating func error(member: String, _ message: String) {
        error(at: json.path.appending(member), message)
    }

    mutating func error(at path: JSONPath, _ message: String) {
        errorCount += 1
        keep(ValidationIssue(.error, path, message))
    }

    mutating func warning(_ message: String) {
        warning(at: json.path, message)
    }

    mutating func warning(at path: JSONPath, _ message: String) {
        warningCount += 1
        keep(ValidationIssue(.warning, path, message))
    }

    /// Every problem is counted; the first `issueLimit` are kept to show.
    private mutating func keep(_ issue: ValidationIssue) {
        if issues.count < ValidationReport.issueLimit { issues.append(issue) }
    }

    // MARK: Shapes

    /// Enters an object, or records an error (and skips the value) when it is not one.
    mutating func enterObject() throws(JSONReadFailure) -> Bool {
        guard try json.peek() == .object else {
            try refuse { "must be an object, got \($0)" }
            return false
        }
        try json.enterObject()
        return true
    }

    mutating func enterArray() throws(JSONReadFailure) -> Bool {
        guard try json.peek() == .array else {
            try refuse { "must be an array, got \($0)" }
            return false
        }
        try json.enterArray()
        return true
    }

    /// The next member's key of the object being read, or nil at its end.
    mutating func nextKey() throws(JSONReadFailure) -> JSONSpan? { try json.nextKey() }

    /// The next member of an object with the members `fields`, or nil at its end.
    @inline(__always)
    mutating func nextField<Field>(_ fields: JSONFields<Field>) throws(JSONReadFailure) -> JSONFields<Field>.Member? {
        try json.nextField(fields)
    }

    mutating func nextElement() throws(JSONReadFailure) -> Bool { try json.nextElement() }

    /// A member this build does not know: a warning, and its value skipped.
    mutating func unknownField() throws(JSONReadFailure) {
        warning("unknown field (ignored; this build reads snapshot version 1)")
        try json.skipValue()
    }

    /// After an object's end (the path is the object's): a required member it lacked.
    mutating func missing(_ field: String) {
        error(member: field, "required field is missing")
    }

    /// Skips a value of the wrong kind, recording `message(description of the value)`.
    mutating func refuse(_ message: (String) -> String) throws(JSONReadFailure) {
        let path = json.path
        let description = try readDescription()
        error(at: path, message(description))
    }

    // MARK: Scalars

    /// A count: written as plain digits, 0 to 100,000,000. `-3`, `1.5`, `1e12`,
    /// `-0` and `"12"` are all refused: a count is a whole number as written.
    mutating func count() throws(JSONReadFailure) -> Int? {
        if try json.peekIsNumber() {
            let start = json.index
            let value = json.readPlainInteger()
            if let value, value <= FieldReader.maximumCount { return value }
            // Too large (already read), or not plain digits (read now), for the message.
            let span = value != nil ? JSONSpan(start: start, length: json.index - start, flag: true) : try json.readNumber()
            error("must be a whole number from 0 to \(FieldReader.maximumCount), got \(describe(number: span))")
            return nil
        }
        try refuse { "must be a whole number from 0 to \(FieldReader.maximumCount), got \($0)" }
        return nil
    }

    /// A string's span, or nil (with an error, the value skipped) when the value is not a string.
    mutating func stringSpan(_ expected: @autoclosure () -> String = "a string") throws(JSONReadFailure) -> JSONSpan? {
        guard try json.peek() == .string else {
            try refuse { "must be \(expected()), got \($0)" }
            return nil
        }
        return try json.readString()
    }

    /// Text with a length rule, in characters (Unicode scalars, as JSON Schema
    /// counts them). Control characters are a warning: the dashboard shows them as �.
    mutating func text(minimum: Int = 1, maximum: Int) throws(JSONReadFailure) -> String? {
        guard let span = try stringSpan() else { return nil }
        return checkedText(span, minimum: minimum, maximum: maximum)
    }

    /// `text`, for texts repeated across the snapshot: each distinct one is
    /// made into a String once, in `texts`.
    mutating func text(minimum: Int = 1, maximum: Int, sharedIn texts: inout TextInterner) throws(JSONReadFailure) -> String? {
        guard let span = try stringSpan() else { return nil }
        // Plain ASCII within its limits: nothing to check, nothing to warn about.
        if isPlainASCII(span), span.length >= minimum, span.length <= maximum { return texts.text(json.raw(span)) }
        return checkedText(span, minimum: minimum, maximum: maximum)
    }

    private mutating func checkedText(_ span: JSONSpan, minimum: Int, maximum: Int) -> String? {
        let plainASCII = isPlainASCII(span)
        let value = json.string(span)
        let length = plainASCII ? span.length : value.unicodeScalars.count
        if length < minimum {
            error(minimum == 1 ? "must not be empty" : "must be at least \(minimum) characters, got \(length)")
            return nil
        }
        if length > maximum {
            error("must be at most \(maximum) characters, got \(length)")
            return nil
        }
        if !plainASCII { warnAboutControlCharacters(value) }
        return value
    }

    /// ASCII text without escapes: its length is its byte count, and it holds
    /// no control character (JSON requires those escaped; DEL is checked here).
    func isPlainASCII(_ span: JSONSpan) -> Bool {
        guard !span.flag else { return false }
        let raw = json.raw(span)
        for index in raw.indices where raw[index] >= 0x7F { return false }
        return true
    }

    /// Warns, at the value being read, when `value` holds a control character.
    mutating func warnAboutControlCharacters(_ value: String) {
        if value.unicodeScalars.contains(where: FieldReader.isControl) {
            warning("contains control characters (shown as \u{FFFD})")
        }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// An id: `^[a-z0-9][a-z0-9._-]{0,63}$`, checked on the bytes. `use` gets
    /// the id's bytes (decoded when it is escaped) before any String is made.
    mutating func identifier<Result>(_ use: (inout FieldReader, UnsafeBufferPointer<UInt8>) -> Result?) throws(JSONReadFailure) -> Result? {
        guard let span = try stringSpan() else { return nil }
        // An escaped spelling (`\u0061`) is the same id: check its decoded text then.
        guard span.flag else {
            let raw = json.raw(span)
            return FieldReader.isIdentifier(raw) ? use(&self, raw) : refuseIdentifier(span)
        }
        let decoded = Array(json.string(span).utf8)
        return decoded.withUnsafeBufferPointer { bytes in
            FieldReader.isIdentifier(bytes) ? use(&self, bytes) : refuseIdentifier(span)
        }
    }

    private mutating func refuseIdentifier<Result>(_ span: JSONSpan) -> Result? {
        error("must match ^[a-z0-9][a-z0-9._-]{0,63}$ (lower-case letters, digits, '.', '_', '-'; at most 64), got \(quoted(json.string(span)))")
        return nil
    }

    static func isIdentifier(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, bytes.count <= 64, isIdStart(first) else { return false }
        for index in 1..<bytes.count where !isIdByte(bytes[index]) { return false }
        return true
    }

    private static func isIdStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isIdByte(_ byte: UInt8) -> Bool {
        isIdStart(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    /// `YYYY-MM-DD`, a day that exists.
    mutating func day() throws(JSONReadFailure) -> CalendarDay? {
        guard let span = try stringSpan("a date string YYYY-MM-DD") else { return nil }
        // Escapes (`\u0031`) spell the same string: parse the decoded text then.
        if let day = span.flag ? CalendarDay(parsing: json.string(span)) : CalendarDay.parse(json.raw(span)) { return day }
        error("must be a date YYYY-MM-DD that exists, got \(quoted(json.string(span)))")
        return nil
    }

    /// RFC 3339 date-time with an offset.
    mutating func instant() throws(JSONReadFailure) -> Instant? {
        guard let span = try stringSpan("an RFC 3339 date-time string") else { return nil }
        if let instant = span.flag ? Instant(rfc3339: json.string(span)) : Instant.parse(json.raw(span)) { return instant }
        error("must be an RFC 3339 date-time with an offset, such as 2025-04-07T18:00:00+05:00, got \(quoted(json.string(span)))")
        return nil
    }

    /// One of a fixed set of words.
    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ what: String, as: Choice.Type) throws(JSONReadFailure) -> Choice?
    where Choice.RawValue == String {
        guard let span = try stringSpan() else { return nil }
        // By the bytes first: String's switch over the raw values is slower.
        if !span.flag {
            let raw = json.raw(span)
            for choice in Choice.allCases {
                var name = choice.rawValue
                if name.withUTF8({ $0.count == raw.count && memcmp($0.baseAddress!, raw.baseAddress!, raw.count) == 0 }) { return choice }
            }
        }
        let value = json.string(span)
        if let choice = Choice(rawValue: value) { return choice }
        let expected = Choice.allCases.map(\.rawValue)
        error("unknown \(what) \(quoted(value)) (expected \(expected.dropLast().joined(separator: ", ")) or \(expected.last!))")
        return nil
    }

    // MARK: Describing values in messages

    /// Reads (or skips) the next value and returns a short, terminal-safe
    /// rendering of it for "got ..." in messages.
    mutating func readDescription() throws(JSONReadFailure) -> String {
        switch try json.peek() {
        case .object:
            try json.skipValue()
            return "an object"
        case .array:
            try json.skipValue()
            return "an array"
        case .string: return quoted(json.string(try json.readString()))
        case .number: return describe(number: try json.readNumber())
        case .true, .false, .null:
            switch try json.readLiteral() {
            case .true: return "true"
            case .false: return "false"
            default: return "null"
            }
        }
    }

    func describe(number span: JSONSpan) -> String {
        FieldReader.shortened(String(decoding: json.raw(span), as: UTF8.self))
    }

    /// A value from the data, for a message: shortened, then escaped
    /// (`\u{1B}`, `\u{202E}`), since messages go to terminals and logs.
    func quoted(_ text: String) -> String {
        "\"" + TerminalSafeText.escaped(FieldReader.shortened(text), quote: true) + "\""
    }

    private static func shortened(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(39)) + "…"
    }
}
