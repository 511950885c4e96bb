import DashboardCore

/// `[` and `]`: the screen shows a kept moment of the history instead of the
/// newest snapshot. New snapshots keep arriving underneath; `]` past the
/// newest kept moment, or End, returns to live.
public struct TimeTravel: Sendable, Equatable {
    /// `generated_at` and file of the moment on screen.
    public let time: Instant
    public let path: String
    /// Why its figures cannot be drawn (the file is gone from disk, or now
    /// holds another snapshot); nil while it is on screen or being read.
    public var problem: String?

    public init(time: Instant, path: String, problem: String? = nil) {
        self.time = time
        self.path = path
        self.problem = problem
    }

    func isMoment(_ moment: HistoryMoment) -> Bool {
        moment.generatedAt == time && moment.path == path
    }
}
