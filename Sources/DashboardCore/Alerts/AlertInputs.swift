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

    public init(store: SnapshotStore) {
        let newestPath = store.latest?.path
        history = store.history.map(\.snapshot)
        rejectedInARow = store.rejectedFiles.count { file in newestPath.map { file.path > $0 } ?? true }
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
