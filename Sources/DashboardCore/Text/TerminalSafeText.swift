/// Makes text that is not ours safe to put on a terminal: the one definition
/// of what is unsafe, used by the screen, every message, the log and the
/// command-line output.
///
/// Snapshot data, file names, config keys and `TERM` come from outside: a
/// district name or a file name could carry ESC (starting a CSI or an OSC 52
/// clipboard write), the 8-bit CSI U+009B, BEL, a newline that forges a
/// second message line, or a bidi override that visually reorders the rest
/// of the line. Two ways to defuse them:
///
/// - `sanitize` for a screen cell: each unsafe scalar becomes U+FFFD, so it
///   is visible (someone should fix the data) but never interpreted, and the
///   cell grid keeps one character per cell.
/// - `escaped` for a message line (stdout, stderr, the log): each unsafe
///   scalar is written as an escape (`\n`, `\u{1B}`), the backslash doubled,
///   so the reader sees exactly what the name holds and one message stays one
///   line. File names that are bytes rather than UTF-8 are escaped with
///   `\xNN` for each byte that is not part of valid UTF-8.
public enum TerminalSafeText {
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// True for scalars a terminal may act on rather than display.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F:  // C0 controls, DEL, C1 controls (0x9B is CSI)
            return true
        case 0x061C, 0x200E, 0x200F:  // Arabic letter mark, LRM, RLM
            return true
        case 0x202A...0x202E, 0x2066...0x2069:  // bidi embeddings, overrides, isolates
            return true
        case 0x2028, 0x2029:  // line and paragraph separators: line breaks to some terminals
            return true
        default:
            return false
        }
    }

    /// `text` with every unsafe scalar replaced by U+FFFD.
    public static func sanitize(_ text: String) -> String {
        // Almost all text is clean; return it without copying.
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isUnsafe(scalar) ? replacement : scalar)
        }
        return String(scalars)
    }

    /// `text` with every unsafe scalar written as an escape (`\n`, `\r`,
    /// `\t`, otherwise `\u{1B}`) and each backslash doubled, so an escape can
    /// be told from a name that holds one; `quote` also escapes `"`.
    public static func escaped(_ text: String, quote: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0) || (quote && $0 == "\"") }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            appendEscaped(scalar, quote: quote, to: &result)
        }
        return result
    }

    /// A name as bytes (a file name need not be UTF-8): valid UTF-8 as
    /// `escaped(_:)` writes it, every other byte as `\xNN`.
    public static func escaped(_ bytes: [UInt8], quote: Bool = false) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return escaped(text, quote: quote) }
        var result = ""
        var index = 0
        while index < bytes.count {
            var iterator = bytes[index...].makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) {
                appendEscaped(scalar, quote: quote, to: &result)
                index += UTF8.width(scalar)
            } else {
                // Only the first byte of an ill-formed sequence: a valid
                // character right after a stray lead byte still shows as itself.
                result += "\\x" + String(bytes[index], radix: 16, uppercase: true).leftPadded(to: 2)
                index += 1
            }
        }
        return result
    }

    /// A whole message, possibly of several lines, on its way out to stdout
    /// or stderr: any unsafe scalar still in a line is escaped, the line
    /// breaks between lines are kept, and backslashes are left alone (the
    /// names and values from outside were escaped, backslashes doubled, when
    /// the message was made; this is the net under every output).
    public static func escapedLines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && $0 != "\n" }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\\" {
                result.unicodeScalars.append(scalar)
            } else {
                appendEscaped(scalar, quote: false, to: &result)
            }
        }
        return result
    }

    /// Unsafe scalars and the backslash that starts every escape.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\\" || isUnsafe(scalar)
    }

    private static func appendEscaped(_ scalar: Unicode.Scalar, quote: Bool, to result: inout String) {
        switch scalar {
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case "\"" where quote: result += "\\\""
        case _ where isUnsafe(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default: result.unicodeScalars.append(scalar)
        }
    }
}
