import DashboardCore
import Glibc
import Logging

/// One log line: `TIMESTAMP LEVEL message key=value ...`, for example
///
///     2025-04-07T21:30:00.125+05:00 warning snapshot rejected file=/srv/snap/c.json errors=1 first_error="$: JSON syntax error ..."
///
/// The timestamp is RFC 3339 in local time with its offset, to the
/// millisecond. File names, error messages and producers' text come from
/// outside, so every control character is escaped (`\n`, `\t`, `\u{1B}`):
/// one event is always one line, and `cat` or `tail -f` of the log never
/// sends an escape sequence to a terminal. Backslashes are doubled so an
/// escape can be told from a name that contains one.
enum LogLineFormat {
    static func line(time: timespec, level: Logger.Level, message: String, metadata: Logger.Metadata) -> String {
        var line = timestamp(time) + " " + level.rawValue + " " + escaped(message)
        for key in metadata.keys.sorted() {
            line += " " + escaped(key) + "=" + value(metadata[key]!)
        }
        return line
    }

    /// `2025-04-07T21:30:00.125+05:00`: local time, as the server's operators read it.
    static func timestamp(_ time: timespec) -> String {
        var seconds = time.tv_sec
        var parts = tm()
        localtime_r(&seconds, &parts)
        let offsetMinutes = Int(parts.tm_gmtoff) / 60
        let sign = offsetMinutes < 0 ? "-" : "+"
        return padded(Int(parts.tm_year) + 1900, 4) + "-" + padded(Int(parts.tm_mon) + 1, 2) + "-" + padded(Int(parts.tm_mday), 2)
            + "T" + padded(Int(parts.tm_hour), 2) + ":" + padded(Int(parts.tm_min), 2) + ":" + padded(Int(parts.tm_sec), 2)
            + "." + padded(Int(time.tv_nsec) / 1_000_000, 3)
            + sign + padded(abs(offsetMinutes) / 60, 2) + ":" + padded(abs(offsetMinutes) % 60, 2)
    }

    /// A metadata value: bare when it is one plain word, otherwise in double
    /// quotes (with `"` escaped), so `key=value` pairs split unambiguously.
    static func value(_ value: Logger.MetadataValue) -> String {
        switch value {
        case .string(let text): return quotedIfNeeded(text)
        case .stringConvertible(let convertible): return quotedIfNeeded(convertible.description)
        case .array(let values): return quotedIfNeeded("[" + values.map { $0.description }.joined(separator: ", ") + "]")
        case .dictionary(let values):
            return quotedIfNeeded("{" + values.keys.sorted().map { "\($0): \(values[$0]!.description)" }.joined(separator: ", ") + "}")
        }
    }

    static func quotedIfNeeded(_ text: String) -> String {
        let needsQuotes = text.isEmpty || text.unicodeScalars.contains { $0 == " " || $0 == "\"" || $0 == "=" || TerminalSafeText.needsEscape($0) }
        return needsQuotes ? "\"" + escaped(text, quote: true) + "\"" : text
    }

    /// `text` with control characters, bidirectional controls and
    /// backslashes written as escapes (`TerminalSafeText.escaped`, as every
    /// message is); `quote` also escapes `"`.
    static func escaped(_ text: String, quote: Bool = false) -> String {
        TerminalSafeText.escaped(text, quote: quote)
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        String(number).leftPadded(to: width)
    }
}
