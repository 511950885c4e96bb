/// Turns the bytes between a string's quotes into a Swift String. The parser
/// has already checked the escapes and the UTF-8, so this only converts.
enum JSONStringDecoder {
    static func decode(_ raw: UnsafeBufferPointer<UInt8>, hasEscapes: Bool) -> String {
        guard hasEscapes else { return text(raw) }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\") else {
                utf8.append(byte)
                index += 1
                continue
            }
            let escape = raw[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"):
                var value = hexValue(raw, index)
                index += 4
                if (0xD800...0xDBFF).contains(value), index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\") {
                    let low = hexValue(raw, index + 2)
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                // The parser refuses lone surrogates, so the scalar always exists.
                appendUTF8(Unicode.Scalar(value) ?? "\u{FFFD}", to: &utf8)
            default: utf8.append(escape) // " \ /
            }
        }
        return utf8.withUnsafeBufferPointer(text)
    }

    /// A String of UTF-8 the reader has checked. This initialiser still
    /// validates, but takes half the instructions of `String(decoding:as:)`
    /// (callgrind, 10–15 ASCII bytes), and a snapshot makes a String for
    /// every camp's id and name.
    static func text(_ utf8: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: utf8.count) { buffer in
            _ = buffer.initialize(fromContentsOf: utf8)
            return utf8.count
        }
    }

    private static func hexValue(_ raw: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32 {
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = raw[at + offset]
            let digit: UInt32 = byte <= 57 ? UInt32(byte - 48) : UInt32((byte | 0x20) - 87)
            value = value << 4 | digit
        }
        return value
    }

    private static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UTF8.encode(scalar)!)
    }
}
