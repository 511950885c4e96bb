import Foundation

/// File names are bytes, not text: a Linux name may be any bytes but `/` and
/// NUL, and two names that Unicode calls the same (`é` precomposed, NFC, and
/// `e` + combining acute, NFD) are two files. A Swift `String` can hold
/// neither faithfully: invalid UTF-8 is repaired to U+FFFD (the file then
/// cannot be opened: "No such file or directory"), and `==` compares by
/// canonical equivalence (two files become one key).
///
/// So a name read from the system (a directory listing, an inotify event)
/// becomes a `String` by `string(fromName:)`, which keeps every byte: a name
/// that is valid UTF-8 in NFC is itself; any other name is spelled byte by
/// byte, ASCII as itself and every other byte as one private-use scalar
/// (U+10FF80...U+10FFFF, one per byte value; the idea of Python's
/// "surrogateescape"). Those scalars have no decomposition, so two spelled
/// names are equal exactly when their bytes are, and never equal to a plain
/// one. Paths built from such names go back to the system through
/// `withSystemPath`, and to people through `displayed` (`\xCC\x81`).
public enum PathBytes {
    /// The private-use scalar for byte 0x80 is U+10FF80, for 0xFF U+10FFFF.
    static let escapeBase: UInt32 = 0x10FF00

    static func isEscape(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= escapeBase + 0x80 }

    /// The name's bytes as a `String` that keeps them all, distinct from every other name's.
    public static func string(fromName bytes: some Collection<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self),
           !text.unicodeScalars.contains(where: isEscape),
           text.unicodeScalars.allSatisfy(\.isASCII) || text.precomposedStringWithCanonicalMapping.utf8.elementsEqual(bytes) {
            return text
        }
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            scalars.append(byte < 0x80 ? Unicode.Scalar(byte) : Unicode.Scalar(escapeBase + UInt32(byte))!)
        }
        return String(scalars)
    }

    /// The bytes the system knows `path` by: UTF-8, with each escape scalar back to its byte.
    public static func systemBytes(of path: String) -> [UInt8] {
        guard path.unicodeScalars.contains(where: isEscape) else { return Array(path.utf8) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if isEscape(scalar) {
                bytes.append(UInt8(scalar.value - escapeBase))
            } else {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        return bytes
    }

    /// Calls `body` with `path` as the C string to give `open`, `stat` and the like.
    public static func withSystemPath<Result>(_ path: String, _ body: (UnsafePointer<CChar>) -> Result) -> Result {
        guard path.unicodeScalars.contains(where: isEscape) else { return path.withCString(body) }
        let bytes = systemBytes(of: path).map { CChar(bitPattern: $0) } + [0]
        return bytes.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// The last component of `path`, spelled: the status line's and the
    /// loading screen's file name (the screen replaces what is unsafe).
    public static func displayedName(_ path: String) -> String {
        spelled(path.split(separator: "/").last.map(String.init) ?? path)
    }

    /// `path` with each byte of a name held outside NFC UTF-8 as `\x{HH}`
    /// (`cafe\x{CC}\x{81}.json`), so two names that look alike read
    /// differently; nothing else changed. For writers that escape the rest
    /// themselves: the log, JSON, the screen.
    public static func spelled(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: isEscape) else { return path }
        var text = ""
        for scalar in path.unicodeScalars {
            if isEscape(scalar) {
                text += byteEscape(scalar)
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    /// `path` for a message: spelled, and the rest escaped as
    /// `TerminalSafeText.escaped` does (control characters, bidi overrides,
    /// backslashes doubled), so no byte of a name reaches a terminal raw.
    public static func displayed(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: isEscape) else { return TerminalSafeText.escaped(path) }
        var text = ""
        var plain = String.UnicodeScalarView()
        for scalar in path.unicodeScalars {
            if isEscape(scalar) {
                text += TerminalSafeText.escaped(String(plain)) + byteEscape(scalar)
                plain.removeAll()
            } else {
                plain.append(scalar)
            }
        }
        return text + TerminalSafeText.escaped(String(plain))
    }

    private static func byteEscape(_ scalar: Unicode.Scalar) -> String {
        "\\x{" + String(scalar.value - escapeBase, radix: 16, uppercase: true) + "}"
    }
}
