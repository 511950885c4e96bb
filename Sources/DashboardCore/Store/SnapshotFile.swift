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

    /// `FILE: JSON.PATH: message` lines, one per problem kept, plus one for those left out.
    public var problemLines: [String] {
        var lines = report.issues.map { "\(path): \($0)" }
        if report.omittedCount > 0 {
            lines.append("\(path): … and \(report.omittedCount) more problems not listed")
        }
        return lines
    }
}
