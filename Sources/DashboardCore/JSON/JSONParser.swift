import Foundation

/// A strict RFC 8259 parser over bytes, written for snapshots:
///
/// - one pass, no recursion (an explicit stack), so 100,000 nested brackets
///   give an error, never a stack overflow;
/// - UTF-8 checked as it goes (overlong forms, surrogates and bytes past
///   U+10FFFF are errors), as are escapes, including lone UTF-16 surrogates;
/// - a key that appears twice in one object is an error (the snapshot format
///   is stricter than JSON here);
/// - errors carry line, column and the JSON path being read.
public enum JSONParser {
    /// Deeper documents are refused. Snapshots nest four levels; the limit
    /// leaves room for producers' unknown fields while bounding memory.
    public static let maximumDepth = 512

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONDocument {
        let result: Result<[JSONNode], JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            do throws(JSONSyntaxError) {
                try reader.parseDocument()
                return .success(reader.nodes)
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let nodes): return JSONDocument(bytes: bytes, nodes: nodes)
        case .failure(let error): throw error
        }
    }
}

private struct Frame {
    let node: Int
    let isObject: Bool
    /// Elements so far (pairs, for objects).
    var count: UInt32 = 0
    /// Node index of the key being read, for objects; for error paths.
    var key: Int = -1
}

private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var nodes: [JSONNode] = []
    var stack: [Frame] = []
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        nodes.reserveCapacity(max(16, bytes.count / 12))
    }

    // MARK: Structure

    mutating func parseDocument() throws(JSONSyntaxError) {
        try checkEncoding()
        skipWhitespace()
        if index == bytes.count {
            throw error(bytes.isEmpty ? "the file is empty" : "no JSON value, only white space")
        }
        try parseValue()
        while true {
            skipWhitespace()
            guard !stack.isEmpty else { break }
            guard index < bytes.count else {
                throw error(stack.last!.isObject ? "unexpected end of file inside an object (missing '}')" : "unexpected end of file inside an array (missing ']')")
            }
            let byte = bytes[index]
            let frameIndex = stack.count - 1
            if byte == UInt8(ascii: ",") {
                index += 1
                skipWhitespace()
                if stack[frameIndex].isObject {
                    stack[frameIndex].key = -1 // between members: the path is the object's
                    try parseKey(frameIndex)
                } else {
                    stack[frameIndex].count += 1
                }
                try parseValue()
            } else if byte == (stack[frameIndex].isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                index += 1
                try close()
            } else {
                throw error(stack[frameIndex].isObject ? "expected ',' or '}' after an object member, found \(describe(byte))" : "expected ',' or ']' after an array element, found \(describe(byte))")
            }
        }
        if index != bytes.count {
            throw error("unexpected \(describe(bytes[index])) after the end of the JSON value")
        }
    }

    /// Reads one value; containers are opened here and closed by the loop above.
    mutating func parseValue() throws(JSONSyntaxError) {
        // A container's first member is read here too, so empty containers close at once.
        while true {
            guard index < bytes.count else { throw error("unexpected end of file, expected a value") }
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let isObject = byte == UInt8(ascii: "{")
                guard stack.count < JSONParser.maximumDepth else {
                    throw error("nesting deeper than \(JSONParser.maximumDepth) levels")
                }
                stack.append(Frame(node: nodes.count, isObject: isObject))
                nodes.append(JSONNode(kind: isObject ? .object : .array, start: index, end: 0))
                index += 1
                skipWhitespace()
                if index < bytes.count, bytes[index] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
                    index += 1
                    try close()
                    return
                }
                if isObject {
                    try parseKey(stack.count - 1)
                } else {
                    stack[stack.count - 1].count = 1
                }
                continue
            case UInt8(ascii: "\""):
                try parseString()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                try parseNumber()
            case UInt8(ascii: "t"):
                try parseLiteral("true", .true)
            case UInt8(ascii: "f"):
                try parseLiteral("false", .false)
            case UInt8(ascii: "n"):
                try parseLiteral("null", .null)
            default:
                throw error("expected a value, found \(describe(byte))")
            }
            return
        }
    }

    /// Reads `"key" :` for the object on top of the stack.
    mutating func parseKey(_ frameIndex: Int) throws(JSONSyntaxError) {
        guard index < bytes.count else { throw error("unexpected end of file, expected an object key") }
        guard bytes[index] == UInt8(ascii: "\"") else {
            throw error("expected a string key in double quotes, found \(describe(bytes[index]))")
        }
        stack[frameIndex].count += 1
        stack[frameIndex].key = nodes.count
        try parseString()
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            throw error(index < bytes.count ? "expected ':' after an object key, found \(describe(bytes[index]))" : "unexpected end of file, expected ':'")
        }
        index += 1
        skipWhitespace()
    }

    mutating func close() throws(JSONSyntaxError) {
        let frame = stack[stack.count - 1]
        nodes[frame.node].count = frame.count
        nodes[frame.node].end = UInt32(truncatingIfNeeded: nodes.count)
        nodes[frame.node].length = UInt32(truncatingIfNeeded: index - Int(nodes[frame.node].start))
        if frame.isObject, frame.count > 1 {
            try checkDuplicateKeys(frame)
        }
        stack.removeLast()
    }

    // MARK: Scalars

    mutating func parseLiteral(_ word: StaticString, _ kind: JSONNode.Kind) throws(JSONSyntaxError) {
        let length = word.utf8CodeUnitCount
        let start = index
        guard bytes.count - index >= length else { throw error("unexpected end of file in a literal (expected \(word))") }
        for offset in 0..<length where bytes[index + offset] != word.utf8Start[offset] {
            index += offset
            throw error("invalid literal, expected \(word)")
        }
        index += length
        nodes.append(JSONNode(kind: kind, start: start, length: length, end: nodes.count + 1))
    }

    mutating func parseNumber() throws(JSONSyntaxError) {
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
        nodes.append(JSONNode(kind: .number, flag: plainInteger, start: start, length: index - start, end: nodes.count + 1))
    }

    /// Reads a string starting at its opening quote, checking escapes and UTF-8.
    mutating func parseString() throws(JSONSyntaxError) {
        index += 1
        let start = index
        var hasEscapes = false
        let count = bytes.count
        while true {
            // Fast path: plain ASCII text.
            while index < count {
                let byte = bytes[index]
                if byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                    index += 1
                } else {
                    break
                }
            }
            guard index < count else { throw error("unexpected end of file inside a string (missing closing quote)", at: start - 1) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                break
            } else if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                try parseEscape()
            } else if byte < 0x20 {
                throw error("control character U+\(hex(UInt32(byte), 4)) must be escaped inside a string")
            } else {
                try skipUTF8Sequence()
            }
        }
        nodes.append(JSONNode(kind: .string, flag: hasEscapes, start: start, length: index - start, end: nodes.count + 1))
        index += 1
    }

    mutating func parseEscape() throws(JSONSyntaxError) {
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

    func hexUnit(at position: Int) throws(JSONSyntaxError) -> UInt32 {
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
    mutating func skipUTF8Sequence() throws(JSONSyntaxError) {
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

    // MARK: Rules beyond the grammar

    /// A byte-order mark or UTF-16 gets its own message: the generic
    /// "unexpected byte" would not tell a producer what to change.
    func checkEncoding() throws(JSONSyntaxError) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            throw error("the file starts with a UTF-8 byte-order mark (BOM); write UTF-8 without one", at: 0)
        }
        if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)
            || (bytes[0] == 0 && bytes[1] != 0) || (bytes[0] != 0 && bytes[1] == 0) {
            throw error("the file looks like UTF-16 or UTF-32; snapshots must be UTF-8", at: 0)
        }
    }

    func checkDuplicateKeys(_ frame: Frame) throws(JSONSyntaxError) {
        var keys: [Int] = []
        keys.reserveCapacity(Int(frame.count))
        var child = frame.node + 1
        for _ in 0..<frame.count {
            keys.append(child)
            child = Int(nodes[child + 1].end)
        }
        if keys.count <= 16 {
            for later in 1..<keys.count {
                for earlier in 0..<later where sameKey(keys[earlier], keys[later]) {
                    throw duplicate(keys[later], frame)
                }
            }
        } else {
            var seen = Set<[UInt8]>(minimumCapacity: keys.count)
            for key in keys where !seen.insert(Array(decodedString(key).utf8)).inserted {
                throw duplicate(key, frame)
            }
        }
    }

    func sameKey(_ a: Int, _ b: Int) -> Bool {
        let left = nodes[a], right = nodes[b]
        if !left.flag, !right.flag {
            guard left.length == right.length else { return false }
            return memcmp(bytes.baseAddress! + Int(left.start), bytes.baseAddress! + Int(right.start), Int(left.length)) == 0
        }
        // By code points, as JSON compares names: String's == would also equate
        // canonically equivalent spellings ("é" and "e" + U+0301).
        return decodedString(a).utf8.elementsEqual(decodedString(b).utf8)
    }

    func decodedString(_ node: Int) -> String {
        JSONStringDecoder.decode(UnsafeBufferPointer(rebasing: bytes[Int(nodes[node].start)..<Int(nodes[node].start + nodes[node].length)]), hasEscapes: nodes[node].flag)
    }

    func duplicate(_ key: Int, _ frame: Frame) -> JSONSyntaxError {
        var path = currentPath(upTo: stack.count - 1)
        path = path.appending(decodedString(key))
        let offset = Int(nodes[key].start) - 1
        let (line, column) = JSONDocument.lineAndColumn(of: offset, in: bytes)
        return JSONSyntaxError(message: "the key \"\(decodedString(key))\" appears twice in one object", offset: offset, line: line, column: column, path: path)
    }

    // MARK: Helpers

    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    @inline(__always)
    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The path of the value being read, from the open containers.
    func currentPath(upTo depth: Int? = nil) -> JSONPath {
        var path = JSONPath.root
        let last = depth ?? stack.count
        for frame in stack.prefix(last) {
            if frame.isObject {
                if frame.key >= 0, frame.key < nodes.count { path = path.appending(decodedString(frame.key)) }
            } else if frame.count > 0 {
                path = path.appending(Int(frame.count) - 1)
            }
        }
        return path
    }

    func error(_ message: String, at position: Int? = nil) -> JSONSyntaxError {
        let offset = min(position ?? index, bytes.count)
        let (line, column) = JSONDocument.lineAndColumn(of: offset, in: bytes)
        return JSONSyntaxError(message: message, offset: offset, line: line, column: column, path: currentPath())
    }

    func describe(_ byte: UInt8) -> String {
        if byte >= 0x21, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(hex(UInt32(byte), 2))"
    }

    func printable(_ byte: UInt8) -> String {
        byte >= 0x21 && byte < 0x7F ? String(Character(Unicode.Scalar(byte))) : "(byte 0x\(hex(UInt32(byte), 2)))"
    }

    func hex(_ value: UInt32, _ width: Int) -> String {
        String(value, radix: 16, uppercase: true).leftPadded(to: width)
    }
}
