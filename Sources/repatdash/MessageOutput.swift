import DashboardCore
import Foundation

/// Where every human-readable line of the commands goes out (results,
/// errors, the replay's progress), so none can carry a raw control
/// character to a terminal: each passes `TerminalSafeText.escapedLines`.
/// Names and values from outside are escaped where a message is made; this
/// is the net for anything that slipped through (an argument echoed by the
/// argument parser, a library's wording).
enum MessageOutput {
    /// `text` as is, plus a newline when it lacks one.
    static func standardOutput(_ text: String) {
        write(text, to: .standardOutput)
    }

    static func standardError(_ text: String) {
        write(text, to: .standardError)
    }

    private static func write(_ text: String, to handle: FileHandle) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        handle.write(Data(TerminalSafeText.escapedLines(line).utf8))
    }
}
