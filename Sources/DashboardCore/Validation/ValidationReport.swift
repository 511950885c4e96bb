/// What validating one file found: the snapshot when it can be trusted, and
/// the problems, the first `ValidationReport.issueLimit` of them kept in full.
public struct ValidationReport: Sendable {
    /// Enough to fix a file in one pass, without flooding a status line or a
    /// producer's log with 20,000 copies of one mistake.
    public static let issueLimit = 50

    /// Nil when the file has any error.
    public let snapshot: Snapshot?
    /// The first problems, in file order within each severity pass.
    public let issues: [ValidationIssue]
    /// All errors and warnings found, including those past the limit.
    public let errorCount: Int
    public let warningCount: Int

    public init(snapshot: Snapshot?, issues: [ValidationIssue], errorCount: Int, warningCount: Int) {
        self.snapshot = snapshot
        self.issues = issues
        self.errorCount = errorCount
        self.warningCount = warningCount
    }

    public var isValid: Bool { errorCount == 0 }
    public var errors: [ValidationIssue] { issues.filter { $0.severity == .error } }
    public var warnings: [ValidationIssue] { issues.filter { $0.severity == .warning } }
    /// Problems found but not kept.
    public var omittedCount: Int { errorCount + warningCount - issues.count }
}
