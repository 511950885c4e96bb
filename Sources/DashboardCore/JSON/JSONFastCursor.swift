/// A cursor for the decoder's fast paths. It reads only the commonest
/// spellings (keys among known names, strings of plain ASCII with no escapes,
/// counts as plain digits) and answers nil for anything else, so that the
/// caller can give up and have `JSONReader` read the same bytes again with
/// every check and message. It never throws, records nothing, and has no
/// state but its position: giving up costs nothing but the time spent.
///
/// Whatever it accepts, `JSONReader` accepts with the same meaning; the
/// differential tests (`FastPathTests`) and the fuzzer hold it to that.
struct JSONFastCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var index: Int

    init(bytes: UnsafeBufferPointer<UInt8>, index: Int) {
        self.bytes = bytes
        self.index = index
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// Consumes `byte` after any white space; false (nothing consumed but the white space) when another byte is next.
    @inline(__always)
    mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    /// A string of printable ASCII (0x20 to 0x7E, no escapes): its span
    /// inside the quotes. Nil for any other value or string.
    @inline(__always)
    mutating func plainString() -> JSONSpan? {
        guard consume(UInt8(ascii: "\"")) else { return nil }
        let start = index
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var cursor = start
        while cursor + 8 <= bytes.count {
            let special = JSONFastCursor.notPlainText(UInt64(littleEndian: base.loadUnaligned(fromByteOffset: cursor, as: UInt64.self)))
            if special != 0 {
                cursor += special.trailingZeroBitCount >> 3
                guard bytes[cursor] == UInt8(ascii: "\"") else { return nil }
                index = cursor + 1
                return JSONSpan(start: start, length: cursor - start, flag: false)
            }
            cursor += 8
        }
        return nil // near the end of the file: not worth a second loop
    }

    /// A key among `fields`, and its `:`: the field's index. Nil for any
    /// other key, or a key with escapes.
    @inline(__always)
    mutating func field<Field>(_ fields: JSONFields<Field>, hint: Int) -> Int? {
        guard consume(UInt8(ascii: "\"")), let field = fields.index(ofKeyAt: index, in: bytes, hint: hint) else { return nil }
        index += fields.names[field].length + 1
        return consume(UInt8(ascii: ":")) ? field : nil
    }

    /// A count written as plain digits, at most `maximum`, as
    /// `FieldReader.count` reads it; nil for anything else.
    @inline(__always)
    mutating func count(maximum: Int) -> Int? {
        skipWhitespace()
        // Ten digits cover any maximum a count has; more make it too large anyway.
        guard let (value, end) = JSONFastCursor.plainInteger(in: bytes, at: index, digits: 10), value <= maximum else { return nil }
        index = end
        return value
    }

    /// The number at `start` when it is written as plain digits, at most
    /// `digits` of them, with no leading zero: its value and where it ends.
    /// Nil for anything else, including a number that goes on with more
    /// digits, a fraction or an exponent.
    @inline(__always)
    static func plainInteger(in bytes: UnsafeBufferPointer<UInt8>, at start: Int, digits: Int) -> (value: Int, end: Int)? {
        let end = min(bytes.count, start + digits)
        var cursor = start, value = 0
        while cursor < end {
            let digit = bytes[cursor] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            value = value &* 10 &+ Int(digit)
            cursor += 1
        }
        guard cursor > start, cursor == start + 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
        if cursor < bytes.count {
            let next = bytes[cursor]
            if next &- UInt8(ascii: "0") < 10 || next == UInt8(ascii: ".") || next | 0x20 == UInt8(ascii: "e") { return nil }
        }
        return (value, cursor)
    }

    /// The high bit set in each byte of `word` that is not printable ASCII
    /// text: `JSONReader.specialBytes` (quote, backslash, control, 0x80 and
    /// up) and DEL, which `FieldReader` warns about. The lowest flagged byte is exact.
    @inline(__always)
    static func notPlainText(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let delete = word ^ (ones &* 0x7F)
        return JSONReader.specialBytes(word) | ((delete &- ones) & ~delete & (ones &* 0x80))
    }
}
