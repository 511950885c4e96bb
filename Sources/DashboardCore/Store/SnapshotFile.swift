/// One snapshot file as read and judged: its name and what validation found.
public struct SnapshotFile: Sendable {
    /// The path as the user or the directory listing gave it; shown in messages.
    public let path: String
    public let report: ValidationReport

    public init(path: String, report: ValidationReport) {
        self.path = path
        self.report = report
    }

    /// The last path component, for the status line.
    public var name: String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// `FILE: JSON.PATH: message` lines, one per problem kept, plus one for
    /// those left out. The file name is escaped: a name may hold ESC or a
    /// newline, and these lines go to terminals.
    public var problemLines: [String] {
        let shownPath = TerminalSafeText.escaped(path)
        var lines = report.issues.map { "\(shownPath): \($0)" }
        if report.omittedCount > 0 {
            lines.append("\(shownPath): … and \(report.omittedCount) more problems not listed")
        }
        return lines
    }
}
