/// What a rule watches, with what that kind needs to know.
public enum AlertKind: Sendable, Equatable {
    /// Hours left before a deadline is due: one (by id) or every one (nil).
    case deadline(id: String?)
    /// Minutes since the newest valid snapshot was generated.
    case stale
    /// The last complete day at a crossing point against the mean of the 7
    /// days before it, as a ratio; a day under `minCount` never fires.
    case crossingSurge(point: String, minCount: Int)
    /// A district's (or every district's, nil) population change in percent,
    /// against the previous snapshot; with `withinHours`, against the oldest
    /// snapshot generated within that many hours before the newest; with
    /// `sinceShiftStart`, against the shift's baseline (`b`'s "start of
    /// shift": the newest kept moment at or before the latest shift start).
    case populationChange(district: String?, withinHours: Double?, sinceShiftStart: Bool = false)
    /// A camp (of one district, or of all, nil) that became `denotified` or
    /// `closed` since the previous snapshot.
    case campStatus(district: String?)
    /// Rejected snapshot files in a row after the newest valid one.
    case rejectedSnapshots

    /// The spellings a config file uses for `kind`.
    public enum Name: String, Sendable, CaseIterable {
        case deadline, stale
        case crossingSurge = "crossing_surge"
        case populationChange = "population_change"
        case campStatus = "camp_status"
        case rejectedSnapshots = "rejected_snapshots"

        /// The suffix of the threshold keys (`warning_hours`); nil for
        /// `camp_status`, which has no figure to measure and takes `severity`.
        public var thresholdUnit: String? {
            switch self {
            case .deadline: "hours"
            case .stale: "minutes"
            case .crossingSurge: "ratio"
            case .populationChange: "percent"
            case .campStatus: nil
            case .rejectedSnapshots: "count"
            }
        }

        /// Hours before a deadline get worse as they shrink; every other figure as it grows.
        public var direction: AlertThresholds.Direction { self == .deadline ? .below : .above }

        public static let list = allCases.map(\.rawValue).joined(separator: ", ")
    }

    public var name: Name {
        switch self {
        case .deadline: .deadline
        case .stale: .stale
        case .crossingSurge: .crossingSurge
        case .populationChange: .populationChange
        case .campStatus: .campStatus
        case .rejectedSnapshots: .rejectedSnapshots
        }
    }

    /// Kinds whose figure moves with the clock between snapshots.
    public var followsTheClock: Bool {
        switch self {
        case .deadline, .stale: true
        default: false
        }
    }
}
