import DashboardCore

/// What an export's Change compares with, and whether its figures are the
/// newest or a kept moment travelled back to: both written in the JSON and
/// Markdown metadata, so a report never hides its base or its time.
public struct ExportedHistoryPosition: Sendable, Equatable {
    /// `previous`, `shift-start`, `24h`, or `at` (`render --baseline`).
    public let baselineKind: String
    /// The moment asked for (start of shift, 24 h before, `--baseline`); nil for `previous`.
    public let baselineAskedFor: String?
    /// `generated_at` of the snapshot compared with; nil when there is none.
    public let baselineGeneratedAt: String?
    /// The moment asked for is older than every kept snapshot: the oldest kept stands in.
    public let baselineOlderThanHistory: Bool
    /// The sentence the status line shows for it.
    public let baselineText: String
    /// False while travelling back in time (`[`, `render --at`).
    public let isLive: Bool
    /// Kept snapshots newer than the one exported; 0 when live.
    public let stepsBack: Int
    /// `generated_at` of the newest kept snapshot.
    public let newestGeneratedAt: String?

    init(_ state: AppState, _ data: DashboardData) {
        let baseline = data.baseline
        let offset = { (instant: Instant) in instant.formatted(utcOffsetSeconds: data.timeZone.utcOffsetSeconds(at: instant)) }
        baselineKind = BaselineText.kind(baseline)
        baselineAskedFor = baseline.request.instant.map(offset)
        baselineGeneratedAt = baseline.time?.description
        baselineOlderThanHistory = baseline.isOlderThanHistory
        baselineText = BaselineText.sentence(baseline, zone: data.timeZone)
        isLive = state.timeTravel == nil
        stepsBack = state.stepsBack ?? 0
        newestGeneratedAt = state.history.newest?.generatedAt.description
    }

    /// For a report's heading line: `Change vs …` and, when not live, `VIEWING a kept snapshot, 3 back`.
    var sentence: String {
        let viewing = isLive ? "" : " · VIEWING a kept snapshot, \(stepsBack) back from the newest (\(newestGeneratedAt ?? "?"))"
        return baselineText + viewing
    }
}
