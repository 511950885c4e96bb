/// What the rules are evaluated on: the valid snapshots the store (or the
/// directory, for `check`) holds and how many files were rejected in a row.
public struct AlertInputs: Sendable {
    /// Valid snapshots, oldest first; the last is the newest.
    public let history: [Snapshot]
    /// Rejected files named after the newest valid one (producers name files
    /// by time, as the store's `rejectedFiles` order assumes): the bad files
    /// in a row since the last good one. Every rejected file when none is valid.
    public let rejectedInARow: Int

    public init(history: [Snapshot], rejectedInARow: Int) {
        self.history = history
        self.rejectedInARow = rejectedInARow
    }

    /// The shift's compact figures and when shifts start, for rules that
    /// compare with the start of the shift; nil where no history was kept.
    public var shiftHistory: ShiftHistory?
    public var shiftStarts = ShiftStarts.default
    /// The newest snapshot's file, which places it in `shiftHistory`.
    public var latestPath: String?

    public init(store: SnapshotStore, shiftStarts: ShiftStarts = .default) {
        let newestPath = store.latest?.path
        history = store.history.map(\.snapshot)
        rejectedInARow = store.rejectedFiles.count { file in newestPath.map { file.path > $0 } ?? true }
        shiftHistory = store.shiftHistory
        self.shiftStarts = shiftStarts
        latestPath = newestPath
    }

    /// The districts' populations at the start of the shift the newest
    /// snapshot falls in, and when that baseline was taken; nil without a
    /// history or with no kept moment before the newest.
    public func shiftStartPopulations() -> (populationOf: (String) -> Int?, generatedAt: Instant)? {
        guard let latest, let shiftHistory, let latestPath else { return nil }
        let zone = SnapshotDay.timeZone(of: latest)
        let baseline = shiftHistory.baseline(.shiftStart, shown: latest.generatedAt, path: latestPath, shiftStarts: shiftStarts, in: zone)
        guard let moment = shiftHistory.moment(of: baseline),
              ShiftHistory.isOrdered(moment, beforeTime: latest.generatedAt, path: latestPath) else { return nil }
        return ({ shiftHistory.population(ofDistrict: $0, in: moment) }, moment.generatedAt)
    }

    public var latest: Snapshot? { history.last }
    public var previous: Snapshot? { history.count >= 2 ? history[history.count - 2] : nil }

    /// The oldest snapshot generated within `hours` before the newest one
    /// (the newest itself excluded); nil when there is none.
    public func oldest(withinHours hours: Double) -> Snapshot? {
        guard let latest else { return nil }
        let start = latest.generatedAt.adding(seconds: -Int64((hours * 3600).rounded()))
        return history.dropLast().first { $0.generatedAt >= start }
    }
}
