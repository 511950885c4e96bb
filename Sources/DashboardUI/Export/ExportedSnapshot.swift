import DashboardCore

/// Which snapshot an export was taken from, so a figure in a report can be
/// traced back to its file.
public struct ExportedSnapshot: Sendable, Equatable {
    /// The snapshot file on screen.
    public let path: String
    /// The snapshot the changes are measured against; nil when there is none.
    public let previousPath: String?
    /// `generated_at` as RFC 3339, in the offset the producer wrote.
    public let generatedAt: String
    /// As the status line shows it: `2025-04-07 21:00 GMT+5`.
    public let generatedAtText: String
    /// The snapshot's `timezone`.
    public let timeZone: String
    /// The producer's `source` text, if any, exactly (like names; the
    /// Markdown writer makes it terminal-safe).
    public let source: String?

    init(_ data: DashboardData) {
        path = TerminalSafeText.sanitize(PathBytes.spelled(data.path))
        previousPath = data.previousPath.map(TerminalSafeText.sanitize)
        generatedAt = data.snapshot.generatedAt.description
        generatedAtText = DateText.minute(data.snapshot.generatedAt, in: data.timeZone)
        timeZone = TerminalSafeText.sanitize(data.snapshot.timeZoneIdentifier)
        source = data.snapshot.source
    }
}
