import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The raw bytes a program sent to its terminal, recorded by script(1)
/// (util-linux, Debian's bsdutils) run between tmux and the program: tmux
/// shows the screen, the recording shows exactly what produced it.
struct TerminalRecording {
    /// What the program wrote, without script's header and footer lines.
    let bytes: [UInt8]

    /// A shell line that runs `command` under script, recording its output
    /// into `path`; script exits with the command's status.
    static func command(_ command: String, recordingInto path: String) -> String {
        "script -q -e -c \(SSHServer.shellQuoted(command)) -O \(SSHServer.shellQuoted(path))"
    }

    init(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var all = [UInt8](data)
        // "Script started on ... [COMMAND=...]\n" and "\nScript done on ...\n".
        if let newline = all.firstIndex(of: 0x0A), all.starts(with: Array("Script started".utf8)) {
            all.removeSubrange(...newline)
        }
        let footer = Array("\nScript done on".utf8)
        if let start = Self.lastIndex(of: footer, in: all) { all.removeSubrange((start + 1)...) }
        bytes = all
    }

    func contains(_ sequence: String) -> Bool { count(sequence) > 0 }

    func count(_ sequence: String) -> Int {
        let needle = Array(sequence.utf8)
        guard !needle.isEmpty, bytes.count >= needle.count else { return 0 }
        var found = 0
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { found += 1 }
        }
        return found
    }

    /// Byte offsets where each occurrence of `sequence` begins.
    func offsets(of sequence: String) -> [Int] {
        let needle = Array(sequence.utf8)
        guard !needle.isEmpty, bytes.count >= needle.count else { return [] }
        return (0...(bytes.count - needle.count)).filter { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// What a screen library legitimately sends is UTF-8 text, CR, LF, BS,
    /// TAB, CSI sequences (ESC [ ... final), charset selection (ESC ( B) and
    /// keypad modes (ESC = / ESC >). Anything else came from somewhere it
    /// should not: OSC (ESC ]: titles, the clipboard), DCS (ESC P), APC, PM,
    /// SOS, ST, BEL, C1 controls (0x9B is an 8-bit CSI), bidi controls.
    func problems() -> [String] {
        var problems: [String] = []
        if String(validating: bytes, as: UTF8.self) == nil {
            problems.append("not valid UTF-8 (a raw 8-bit control byte?)")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let allowedControl: Set<UInt32> = [0x08, 0x09, 0x0A, 0x0D, 0x1B]
            if (value < 0x20 && !allowedControl.contains(value)) || (0x7F...0x9F).contains(value) {
                problems.append("control character U+\(String(value, radix: 16, uppercase: true))")
            }
            if [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) {
                problems.append("bidi or line control U+\(String(value, radix: 16, uppercase: true))")
            }
        }
        var index = 0
        while index < bytes.count {
            defer { index += 1 }
            guard bytes[index] == 0x1B else { continue }
            guard index + 1 < bytes.count else { problems.append("ESC at the very end"); break }
            let introducer = bytes[index + 1]
            switch introducer {
            case UInt8(ascii: "["):
                var end = index + 2
                while end < bytes.count, (0x30...0x3F).contains(bytes[end]) { end += 1 }  // parameters
                while end < bytes.count, (0x20...0x2F).contains(bytes[end]) { end += 1 }  // intermediates
                if end < bytes.count, (0x40...0x7E).contains(bytes[end]) {
                    index = end
                } else {
                    problems.append("malformed CSI at byte \(index): \(describe(index..<min(bytes.count, index + 12)))")
                }
            case UInt8(ascii: "("), UInt8(ascii: ")"):
                index += 2
            case UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "7"), UInt8(ascii: "8"), UInt8(ascii: "M"):
                index += 1
            default:
                problems.append("escape sequence ESC \(describe(index + 1..<index + 2)) at byte \(index): \(describe(index..<min(bytes.count, index + 24)))")
            }
        }
        return problems
    }

    func describe(_ range: Range<Int>) -> String {
        bytes[range].map { byte in
            (0x20..<0x7F).contains(byte) ? String(UnicodeScalar(byte)) : "\\x" + String(byte, radix: 16)
        }.joined()
    }

    private static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).reversed().first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}

/// Terminal cells, measured as tmux measures them: glibc's wcwidth in a
/// UTF-8 locale (tmux here is built without utf8proc). capture-pane prints a
/// wide character once and a combining one after its base, so columns in a
/// captured line are cells, not characters.
enum TerminalCells {
    private typealias WidthFunction = @convention(c) (Int32) -> Int32

    /// Cells taken by each line.
    static func width(_ line: String) -> Int {
        widths(of: [line])[0].last ?? 0
    }

    /// For each line, the cell column after each of its characters
    /// (running totals over its scalars).
    static func widths(of lines: [String]) -> [[Int]] {
        // wcwidth follows the thread's locale: set it for this thread only,
        // never the test runner's global one. Swift does not import wcwidth.
        guard let function = dlsym(dlopen(nil, RTLD_NOW), "wcwidth"),
              let locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else {
            fatalError("wcwidth or the C.UTF-8 locale is missing")
        }
        let wcwidth = unsafeBitCast(function, to: WidthFunction.self)
        let previous = uselocale(locale)
        defer {
            uselocale(previous)
            freelocale(locale)
        }
        return lines.map { line in
            var total = 0
            return line.map { character in
                for scalar in character.unicodeScalars {
                    total += max(0, Int(wcwidth(Int32(bitPattern: scalar.value))))
                }
                return total
            }
        }
    }

    /// The cell column just after the first occurrence of `text` in `line`.
    static func columnAfter(_ text: String, in line: String) -> Int? {
        guard let range = line.range(of: text) else { return nil }
        return width(String(line[..<range.upperBound]))
    }
}
