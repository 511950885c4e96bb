/// What `b` cycles through: the moment the Change column compares with.
public enum BaselineChoice: String, Sendable, Equatable, CaseIterable {
    /// The snapshot before the one shown.
    case previous
    /// The latest shift start (`shift_starts`) at or before the snapshot shown.
    case shiftStart = "shift-start"
    /// 24 hours before the snapshot shown.
    case dayAgo = "24h"

    /// The next choice of `b`.
    public var next: BaselineChoice {
        let all = BaselineChoice.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// The moment "Change" compares with, resolved against the history: what was
/// asked for, and which kept snapshot answers it.
public struct Baseline: Sendable, Equatable {
    public enum Request: Sendable, Equatable {
        case previous
        case shiftStart(Instant)
        case dayAgo(Instant)
        /// `render --baseline TIME`.
        case at(Instant)

        /// The instant asked for; nil for `previous`, which is whatever snapshot came before.
        public var instant: Instant? {
            switch self {
            case .previous: nil
            case .shiftStart(let instant), .dayAgo(let instant), .at(let instant): instant
            }
        }
    }

    public let request: Request
    /// `generated_at` of the snapshot compared with: the newest kept at or
    /// before the instant asked for (or the oldest kept, see
    /// `isOlderThanHistory`); nil when there is nothing to compare with.
    public let time: Instant?
    /// The file it was read from.
    public let path: String?
    /// The instant asked for is older than every kept snapshot: the oldest
    /// kept one stands in, and the screen says so.
    public let isOlderThanHistory: Bool

    public init(request: Request, time: Instant?, path: String?, isOlderThanHistory: Bool = false) {
        self.request = request
        self.time = time
        self.path = path
        self.isOlderThanHistory = isOlderThanHistory
    }

    init(request: Request, moment: HistoryMoment?, isOlderThanHistory: Bool = false) {
        self.init(request: request, time: moment?.generatedAt, path: moment?.path, isOlderThanHistory: isOlderThanHistory)
    }

    /// Nothing to compare with (the first snapshot, or an empty history).
    public static let none = Baseline(request: .previous, time: nil, path: nil)
}

extension ShiftHistory {
    /// The baseline `choice` means for the snapshot `shown` (its time and file).
    public func baseline(_ choice: BaselineChoice, shown: Instant, path: String,
                         shiftStarts: ShiftStarts = .default, in zone: SnapshotTimeZone) -> Baseline {
        switch choice {
        case .previous:
            let before = moments.last { ShiftHistory.isOrdered($0, beforeTime: shown, path: path) }
            return Baseline(request: .previous, moment: before)
        case .shiftStart:
            return baseline(.shiftStart(shiftStarts.latestStart(atOrBefore: shown, in: zone)), shown: shown, path: path)
        case .dayAgo:
            return baseline(.dayAgo(shown.adding(seconds: -86_400)), shown: shown, path: path)
        }
    }

    /// The newest kept snapshot at or before the instant `request` asks for;
    /// when every kept one is later, the oldest kept (older than `shown`),
    /// marked as standing in.
    public func baseline(_ request: Baseline.Request, shown: Instant, path: String) -> Baseline {
        guard let wanted = request.instant else { return baseline(.previous, shown: shown, path: path, in: .default) }
        if let moment = moment(atOrBefore: wanted) { return Baseline(request: request, moment: moment) }
        guard let oldest, ShiftHistory.isOrdered(oldest, beforeTime: shown, path: path) else {
            return Baseline(request: request, moment: nil, isOlderThanHistory: true)
        }
        return Baseline(request: request, moment: oldest, isOlderThanHistory: true)
    }

    /// The kept moment a baseline compares with; nil when there is none or it is no longer kept.
    public func moment(of baseline: Baseline) -> HistoryMoment? {
        guard let time = baseline.time, let path = baseline.path else { return nil }
        return moment(path: path, generatedAt: time)
    }

    /// Whether `a` comes before the snapshot of `time` read from `path`, in the history's order.
    public static func isOrdered(_ a: HistoryMoment, beforeTime time: Instant, path: String) -> Bool {
        a.generatedAt < time || (a.generatedAt == time && a.path < path)
    }

    /// The district's population in the newest kept snapshot minus that in the
    /// newest kept at or before `instant`; nil when either lacks it. For alert
    /// rules (`population_change` over a window) that ask without a screen.
    public func populationChange(ofDistrict id: String, since instant: Instant) -> Int? {
        guard let newest, let now = population(ofDistrict: id, in: newest),
              let before = population(ofDistrict: id, at: instant) else { return nil }
        return now - before
    }

    /// The district's population now minus at the baseline; nil when it was
    /// not in either (a new district has no change, it is new).
    public func populationChange(ofDistrict id: String, now population: Int, since baseline: Baseline) -> Int? {
        guard let moment = moment(of: baseline), let before = self.population(ofDistrict: id, in: moment) else { return nil }
        return population - before
    }
}
