import Foundation

/// A strict RFC 8259 pull reader over bytes, written for snapshots. The
/// snapshot decoder asks it for the next key, element or value and turns
/// each into the model as it goes, so a snapshot is read in one pass with no
/// tree or tape in between: memory is the file plus the model.
///
/// - no recursion (an explicit stack), so 100,000 nested brackets give an
///   error, never a stack overflow;
/// - UTF-8 checked as it goes (overlong forms, surrogates and bytes past
///   U+10FFFF are errors), as are escapes, including lone UTF-16 surrogates;
/// - a key that appears twice in one object is an error (the snapshot format
///   is stricter than JSON here);
/// - errors carry line, column and the JSON path being read; the path is
///   made only when an error or a warning needs it.
///
/// Every value must be consumed: read (`readString`, `readNumber`,
/// `readLiteral`), entered (`enterObject`, `enterArray`) or skipped (`skipValue`).
struct JSONReader {
    /// Deeper documents are refused. Snapshots nest four levels; the limit
    /// leaves room for producers' unknown fields while bounding memory.
    static let maximumDepth = 512
    /// Objects with more keys than this check for duplicates with a hash set
    /// rather than by comparing every pair.
    static let pairwiseKeyLimit = 16

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var index = 0
    private var stack = JSONReaderStack(maximumDepth: JSONReader.maximumDepth, keysPerObject: JSONReader.pairwiseKeyLimit + 1)

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Document

    /// Checks the encoding and that there is a value to read.
    mutating func begin() throws(JSONReadFailure) {
        try checkEncoding()
        skipWhitespace()
        if index == bytes.count {
            throw error(bytes.isEmpty ? "the file is empty" : "no JSON value, only white space")
        }
    }

    /// After the top-level value: nothing but white space may follow.
    mutating func end() throws(JSONReadFailure) {
        skipWhitespace()
        if index != bytes.count {
            throw error("unexpected \(describe(bytes[index])) after the end of the JSON value")
        }
    }

    /// What the next value is, without consuming it.
    mutating func peek() throws(JSONReadFailure) -> JSONNode.Kind {
        skipWhitespace()
        guard index < bytes.count else { throw error("unexpected end of file, expected a value") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "t"): return .true
        case UInt8(ascii: "f"): return .false
        case UInt8(ascii: "n"): return .null
        default: throw error("expected a value, found \(describe(bytes[index]))")
        }
    }

    /// `peek() == .number`, in a few instructions: counts are most values.
    @inline(__always)
    mutating func peekIsNumber() throws(JSONReadFailure) -> Bool {
        skipWhitespace()
        if index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 { return true }
        return try peek() == .number
    }

    // MARK: Containers

    /// Consumes `{` (after `peek` said `.object`).
    mutating func enterObject() throws(JSONReadFailure) { try enter(isObject: true) }

    /// Consumes `[` (after `peek` said `.array`).
    mutating func enterArray() throws(JSONReadFailure) { try enter(isObject: false) }

    private mutating func enter(isObject: Bool) throws(JSONReadFailure) {
        guard stack.depth < JSONReader.maximumDepth else {
            throw error("nesting deeper than \(JSONReader.maximumDepth) levels")
        }
        stack.push(isObject: isObject)
        index += 1
    }

    /// The next member's key, its `:` consumed, or nil when the object ends
    /// (its `}` consumed). The member's value must be consumed next.
    mutating func nextKey() throws(JSONReadFailure) -> JSONSpan? {
        let top = stack.top
        guard try beginMember(top) else {
            closeObject()
            return nil
        }
        let key = try readString()
        try endKey(key, top)
        try checkDuplicate(key, top)
        return key
    }

    /// The next member of an object whose member names are `fields`: which
    /// field it is (or `.unknown`), its `:` consumed, or nil when the object
    /// ends (its `}` consumed). The member's value must be consumed next.
    ///
    /// The snapshot decoder's path for its own objects. A key is matched
    /// against the names in place (`JSONFields`), and a repeated name is
    /// caught by one bit per field; only unknown keys are scanned and go
    /// through `nextKey`'s general check for repeats.
    mutating func nextField<Field>(_ fields: JSONFields<Field>) throws(JSONReadFailure) -> JSONFields<Field>.Member? {
        let top = stack.top
        guard try beginMember(top) else {
            closeObject()
            return nil
        }
        let start = index + 1
        let key: JSONSpan, field: Int?
        if let known = fields.index(ofKeyAt: start, in: bytes, hint: top.pointee.fieldHint) {
            key = JSONSpan(start: start, length: fields.names[known].length, flag: false)
            field = known
            index = start + key.length + 1
        } else {
            // Not a name in place (another key, an escape, near the end): scanned, then looked up.
            key = try readString()
            field = fields.index(of: key.flag ? Array(string(key).utf8) : Array(raw(key)))
        }
        try endKey(key, top)
        guard let field else {
            try checkDuplicate(key, top)
            return .unknown
        }
        let bit: UInt32 = 1 << UInt32(field)
        if top.pointee.knownFields & bit != 0 { throw duplicate(key) }
        top.pointee.knownFields |= bit
        top.pointee.fieldHint = field + 1
        return .known(fields.field(field))
    }

    /// Before a member: consumes the `,` after the one before, and returns
    /// false when the object ends instead; otherwise the next byte is the
    /// key's opening quote.
    @inline(__always)
    private mutating func beginMember(_ top: UnsafeMutablePointer<JSONReaderStack.Frame>) throws(JSONReadFailure) -> Bool {
        skipWhitespace()
        if top.pointee.count == 0 {
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { return false }
        } else {
            guard index < bytes.count else { throw error("unexpected end of file inside an object (missing '}')") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "}") { return false }
            guard byte == UInt8(ascii: ",") else {
                throw error("expected ',' or '}' after an object member, found \(describe(byte))")
            }
            index += 1
            top.pointee.key = nil // between members: the path is the object's
            skipWhitespace()
        }
        guard index < bytes.count else { throw error("unexpected end of file, expected an object key") }
        guard bytes[index] == UInt8(ascii: "\"") else {
            throw error("expected a string key in double quotes, found \(describe(bytes[index]))")
        }
        top.pointee.count += 1
        return true
    }

    /// After a key: records it as the member being read and consumes its `:`.
    @inline(__always)
    private mutating func endKey(_ key: JSONSpan, _ top: UnsafeMutablePointer<JSONReaderStack.Frame>) throws(JSONReadFailure) {
        top.pointee.key = key
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            throw error(index < bytes.count ? "expected ':' after an object key, found \(describe(bytes[index]))" : "unexpected end of file, expected ':'")
        }
        index += 1
    }

    /// Refuses a key that repeats one recorded before it in this object
    /// (by `nextKey`, or as unknown by `nextField`), and records it.
    @inline(__always)
    private mutating func checkDuplicate(_ key: JSONSpan, _ top: UnsafeMutablePointer<JSONReaderStack.Frame>) throws(JSONReadFailure) {
        top.pointee.recordedKeys += 1
        // Most keys differ from all before them in length or first or last
        // byte: one bit of a 64-bit mask tells, without comparing.
        let bit: UInt64 = key.length == 0 ? 1 : 1 << ((UInt64(key.length) &* 7 &+ UInt64(bytes[key.start]) &+ UInt64(bytes[key.start + key.length - 1]) &* 3) & 63)
        let frame = top.pointee
        if key.flag || frame.hasEscapedKey || frame.keyBits & bit != 0 || frame.recordedKeys > JSONReader.pairwiseKeyLimit {
            try compareWithEarlierKeys(key, frame: top)
        } else {
            stack.appendKey(key)
        }
        top.pointee.keyBits |= bit
        top.pointee.hasEscapedKey = frame.hasEscapedKey || key.flag
    }

    /// Moves past bytes a caller has read itself (with `JSONFastCursor`):
    /// whole values, from the position where the reader stood.
    mutating func skip(to position: Int) {
        precondition(position >= index && position <= bytes.count, "skipping backwards or past the end")
        index = position
    }

    /// True when another element follows (its value must be consumed next),
    /// false when the array ends (its `]` consumed).
    mutating func nextElement() throws(JSONReadFailure) -> Bool {
        let top = stack.top
        skipWhitespace()
        if top.pointee.count > 0 {
            guard index < bytes.count else { throw error("unexpected end of file inside an array (missing ']')") }
            let byte = bytes[index]
            if byte != UInt8(ascii: "]") {
                guard byte == UInt8(ascii: ",") else {
                    throw error("expected ',' or ']' after an array element, found \(describe(byte))")
                }
                index += 1
                top.pointee.count += 1
                return true
            }
        } else if index >= bytes.count || bytes[index] != UInt8(ascii: "]") {
            top.pointee.count = 1
            return true
        }
        index += 1
        stack.pop()
        return false
    }

    private mutating func closeObject() {
        index += 1
        stack.pop()
    }

    /// Reads past one value of any kind, checking it as strictly as any other.
    mutating func skipValue() throws(JSONReadFailure) {
        try walkValue { _ in }
    }

    /// What `walkValue` meets, in document order.
    enum WalkEvent {
        /// A container begins at byte `start` (its bracket).
        case open(JSONNode.Kind, start: Int)
        /// An object's member key; its value follows.
        case key(JSONSpan)
        /// A string, number or literal (for literals, the span of the word).
        case scalar(JSONNode.Kind, JSONSpan)
        /// The innermost open container ends, just before byte `end`.
        case close(end: Int)
    }

    /// Reads one value of any kind, telling `visit` what it meets: the one
    /// walk behind `skipValue` and `JSONParser`'s generic document.
    mutating func walkValue(_ visit: (WalkEvent) -> Void) throws(JSONReadFailure) {
        let depth = stack.depth
        var atValue = true
        while true {
            if atValue {
                let kind = try peek()
                let start = index
                switch kind {
                case .object, .array:
                    visit(.open(kind, start: start))
                    if kind == .object { try enterObject() } else { try enterArray() }
                case .string:
                    visit(.scalar(.string, try readString()))
                case .number:
                    visit(.scalar(.number, try readNumber()))
                case .true, .false, .null:
                    _ = try readLiteral()
                    visit(.scalar(kind, JSONSpan(start: start, length: index - start, flag: false)))
                }
            }
            if stack.depth == depth { return }
            // The next member or element of the innermost container, or its end.
            if stack.top.pointee.isObject {
                if let key = try nextKey() {
                    visit(.key(key))
                    atValue = true
                    continue
                }
            } else if try nextElement() {
                atValue = true
                continue
            }
            visit(.close(end: index))
            atValue = false
        }
    }

    // MARK: Scalars

    /// Reads `true`, `false` or `null` (after `peek` named one).
    mutating func readLiteral() throws(JSONReadFailure) -> JSONNode.Kind {
        let (word, kind): (StaticString, JSONNode.Kind) = switch bytes[index] {
        case UInt8(ascii: "t"): ("true", .true)
        case UInt8(ascii: "f"): ("false", .false)
        default: ("null", .null)
        }
        let length = word.utf8CodeUnitCount
        guard bytes.count - index >= length else { throw error("unexpected end of file in a literal (expected \(word))") }
        for offset in 0..<length where bytes[index + offset] != word.utf8Start[offset] {
            index += offset
            throw error("invalid literal, expected \(word)")
        }
        index += length
        return kind
    }

    /// Reads a count written as plain digits (at most 18) straight to its
    /// value, in one pass, when the next value is one; otherwise reads
    /// nothing and returns nil (the caller reads the number another way).
    @inline(__always)
    mutating func readPlainInteger() -> Int? {
        guard let (value, end) = JSONFastCursor.plainInteger(in: bytes, at: index, digits: 18) else { return nil }
        index = end
        return value
    }

    /// Reads a number; the span's flag says it is plain digits (no sign, fraction or exponent).
    mutating func readNumber() throws(JSONReadFailure) -> JSONSpan {
        let start = index
        var plainInteger = true
        if bytes[index] == UInt8(ascii: "-") {
            plainInteger = false
            index += 1
        }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error("a number needs a digit after '-'") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw error("a number may not start with a leading zero") }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            plainInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("a number needs a digit after the decimal point") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            plainInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error("a number needs a digit in its exponent") }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        return JSONSpan(start: start, length: index - start, flag: plainInteger)
    }

    /// Reads a string from its opening quote, checking escapes and UTF-8. The
    /// span is the text inside the quotes; its flag says it holds an escape.
    mutating func readString() throws(JSONReadFailure) -> JSONSpan {
        index += 1
        let start = index
        var hasEscapes = false
        let count = bytes.count
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while true {
            // Fast path: plain ASCII text, eight bytes at a time. A local
            // cursor stays in a register; `index` (in memory) is set after.
            var cursor = index
            while cursor + 8 <= count {
                let special = JSONReader.specialBytes(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: cursor, as: UInt64.self)))
                if special != 0 {
                    cursor += special.trailingZeroBitCount >> 3
                    break
                }
                cursor += 8
            }
            while cursor < count {
                let byte = bytes[cursor]
                if byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                    cursor += 1
                } else {
                    break
                }
            }
            index = cursor
            guard index < count else { throw error("unexpected end of file inside a string (missing closing quote)", at: start - 1) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                break
            } else if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                try readEscape()
            } else if byte < 0x20 {
                throw error("control character U+\(hex(UInt32(byte), 4)) must be escaped inside a string")
            } else {
                try skipUTF8Sequence()
            }
        }
        index += 1
        return JSONSpan(start: start, length: index - 1 - start, flag: hasEscapes)
    }

    /// The high bit set in each byte of `word` that ends plain ASCII text in a
    /// string: '"', '\\', a control character or a byte of 0x80 and up. The
    /// lowest flagged byte is exact (a borrow may also flag bytes above it).
    /// Bytes are loaded little-endian, so the lowest byte comes first.
    @inline(__always)
    static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let isQuote = (quote &- ones) & ~quote
        let isBackslash = (backslash &- ones) & ~backslash
        let isControl = (word &- ones &* 0x20) & ~word
        return (isQuote | isBackslash | isControl | word) & (ones &* 0x80)
    }

    private mutating func readEscape() throws(JSONReadFailure) {
        guard index + 1 < bytes.count else { throw error("unexpected end of file in an escape sequence") }
        switch bytes[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
             UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            index += 2
        case UInt8(ascii: "u"):
            let unit = try hexUnit(at: index + 2)
            index += 6
            if (0xD800...0xDBFF).contains(unit) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                      (0xDC00...0xDFFF).contains(try hexUnit(at: index + 2))
                else { throw error("\\u\(hex(unit, 4)) is half of a UTF-16 surrogate pair; the other half is missing", at: index - 6) }
                index += 6
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw error("\\u\(hex(unit, 4)) is a lone UTF-16 low surrogate", at: index - 6)
            }
        default:
            throw error("invalid escape \\\(printable(bytes[index + 1])) in a string")
        }
    }

    private func hexUnit(at position: Int) throws(JSONReadFailure) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("unexpected end of file in a \\u escape", at: position) }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[position + offset]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 87)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - 55)
            default: throw error("\\u needs four hexadecimal digits", at: position + offset)
            }
            value = value << 4 | digit
        }
        return value
    }

    /// Checks one multi-byte UTF-8 sequence (RFC 3629: shortest form, no
    /// surrogates, nothing past U+10FFFF) and steps over it.
    private mutating func skipUTF8Sequence() throws(JSONReadFailure) {
        let lead = bytes[index]
        let length: Int
        var lowest: UInt8 = 0x80, highest: UInt8 = 0xBF // allowed range of the second byte
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lowest = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; highest = 0x9F
        case 0xF0: length = 4; lowest = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; highest = 0x8F
        default: throw error("invalid UTF-8: byte 0x\(hex(UInt32(lead), 2)) cannot start a character (the file must be UTF-8)")
        }
        guard index + length <= bytes.count else { throw error("invalid UTF-8: a character is cut off by the end of the file") }
        let second = bytes[index + 1]
        guard second >= lowest, second <= highest else { throw error("invalid UTF-8 sequence (the file must be UTF-8)") }
        for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 {
            throw error("invalid UTF-8 sequence (the file must be UTF-8)")
        }
        index += length
    }

    // MARK: Reading spans

    /// The decoded text of a string span.
    func string(_ span: JSONSpan) -> String {
        JSONStringDecoder.decode(raw(span), hasEscapes: span.flag)
    }

    /// The bytes of a span as written (inside the quotes for strings).
    func raw(_ span: JSONSpan) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[span.start..<span.start + span.length])
    }

    /// The value of a number span written as plain digits, when it fits in 18 digits.
    func plainInteger(_ span: JSONSpan) -> Int? {
        guard span.flag, span.length <= 18 else { return nil }
        var value = 0
        for offset in span.start..<span.start + span.length {
            value = value &* 10 &+ Int(bytes[offset] &- 48)
        }
        return value
    }

    // MARK: Rules beyond the grammar

    /// A byte-order mark or UTF-16 gets its own message: the generic
    /// "unexpected byte" would not tell a producer what to change.
    private func checkEncoding() throws(JSONReadFailure) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            throw error("the file starts with a UTF-8 byte-order mark (BOM); write UTF-8 without one", at: 0)
        }
        if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)
            || (bytes[0] == 0 && bytes[1] != 0) || (bytes[0] != 0 && bytes[1] == 0) {
            throw error("the file looks like UTF-16 or UTF-32; snapshots must be UTF-8", at: 0)
        }
    }

    /// The slow path of the duplicate check: the key may repeat one before it.
    /// Names are compared by code points, as JSON compares them: String's ==
    /// would also equate canonically equivalent spellings ("é" and "e" + U+0301).
    private mutating func compareWithEarlierKeys(_ key: JSONSpan, frame: UnsafeMutablePointer<JSONReaderStack.Frame>) throws(JSONReadFailure) {
        let count = frame.pointee.recordedKeys
        if count <= JSONReader.pairwiseKeyLimit {
            for earlier in stack.topKeys where sameKey(earlier, key) {
                throw duplicate(key)
            }
            stack.appendKey(key)
            return
        }
        let depth = stack.depth
        if count == JSONReader.pairwiseKeyLimit + 1 {
            // Past the pairwise limit: move this object's keys into a set.
            stack.largeObjectKeys[depth] = Set(stack.topKeys.map(decodedBytes))
            stack.dropTopKeys()
        }
        guard stack.largeObjectKeys[depth, default: []].insert(decodedBytes(key)).inserted else { throw duplicate(key) }
    }

    private func sameKey(_ a: JSONSpan, _ b: JSONSpan) -> Bool {
        if !a.flag, !b.flag {
            guard a.length == b.length else { return false }
            return memcmp(bytes.baseAddress! + a.start, bytes.baseAddress! + b.start, a.length) == 0
        }
        return decodedBytes(a) == decodedBytes(b)
    }

    private func decodedBytes(_ span: JSONSpan) -> [UInt8] {
        span.flag ? Array(string(span).utf8) : Array(raw(span))
    }

    private func duplicate(_ key: JSONSpan) -> JSONReadFailure {
        error("the key \"\(string(key))\" appears twice in one object", at: key.start - 1)
    }

    // MARK: Errors and paths

    @inline(__always)
    private mutating func skipWhitespace() {
        // Compact files have none: one test, no store.
        guard index < bytes.count, bytes[index] <= 0x20 else { return }
        var cursor = index
        while cursor < bytes.count {
            switch bytes[cursor] {
            case 0x20, 0x0A, 0x0D, 0x09: cursor += 1
            default:
                index = cursor
                return
            }
        }
        index = cursor
    }

    @inline(__always)
    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The path of the value being read, from the open containers: the key
    /// of each object's current member, the index of each array's current element.
    var path: JSONPath {
        var components: [JSONPath.Component] = []
        components.reserveCapacity(stack.depth)
        for level in 0..<stack.depth {
            let frame = stack[level]
            if frame.isObject {
                if let key = frame.key { components.append(.key(string(key))) }
            } else if frame.count > 0 {
                components.append(.index(frame.count - 1))
            }
        }
        return JSONPath(components)
    }

    /// Out of line, with the message as a closure: the hot paths that can
    /// fail carry no message-making code (it cost them registers and stack).
    @inline(never)
    func error(_ message: @autoclosure () -> String, at position: Int? = nil) -> JSONReadFailure {
        let offset = min(position ?? index, bytes.count)
        let (line, column) = JSONReader.lineAndColumn(of: offset, in: bytes)
        stack.failure = JSONSyntaxError(message: message(), offset: offset, line: line, column: column, path: path)
        return JSONReadFailure()
    }

    /// 1-based line and column (in characters) of a byte offset.
    static func lineAndColumn(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for index in 0..<min(offset, bytes.count) {
            if bytes[index] == 0x0A {
                line += 1
                column = 1
            } else if bytes[index] & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// Why the last call threw.
    var failure: JSONSyntaxError {
        stack.failure ?? JSONSyntaxError(message: "unknown failure", offset: index, line: 0, column: 0, path: path)
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(hex(UInt32(byte), 2))"
    }

    private func printable(_ byte: UInt8) -> String {
        byte >= 0x21 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : "(byte 0x\(hex(UInt32(byte), 2)))"
    }

    private func hex(_ value: UInt32, _ width: Int) -> String {
        String(value, radix: 16, uppercase: true).leftPadded(to: width)
    }
}
