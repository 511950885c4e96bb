import DashboardCore

/// `--log FILE` cannot be used: reported before the terminal is touched.
struct LogFileOpenError: Error, CustomStringConvertible {
    let path: String
    let reason: String

    var description: String { "cannot open log file \(TerminalSafeText.escaped(path)): \(reason)" }
}
