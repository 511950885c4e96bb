/// One snapshot file as read and judged: its name and what validation found.
public struct SnapshotFile: Sendable {
    /// The path as the user or the directory listing gave it; shown in messages.
    public let path: String
    public let report: ValidationReport

    public init(path: String, report: ValidationReport) {
        self.path = path
        self.report = report
    }

    /// The last path component, for the status line; bytes that are not NFC UTF-8 escaped (see `PathBytes`).
    public var name: String { PathBytes.displayedName(path) }

    /// The path for messages, escaped as `name` is.
    public var displayPath: String { PathBytes.displayed(path) }

    /// `FILE: JSON.PATH: message` lines, one per problem kept, plus one for
    /// those left out. The file name is escaped: a name may hold ESC or a
    /// newline, and these lines go to terminals.
    public var problemLines: [String] {
        let shown = displayPath
        var lines = report.issues.map { "\(shown): \($0)" }
        if report.omittedCount > 0 {
            lines.append("\(shown): … and \(report.omittedCount) more problems not listed")
        }
        return lines
    }
}
