/// Every snapshot the dashboard knows, ordered by `generated_at` (never by
/// file name or modification time), with the files it had to reject and the
/// ones dated too far ahead of the clock to show yet.
///
/// The newest valid snapshot is what the screen shows; the valid one before
/// it is the base for "change since previous snapshot".
public struct SnapshotStore: Sendable {
    public struct Entry: Sendable {
        public let path: String
        public let snapshot: Snapshot
        public let warnings: [ValidationIssue]
        /// An earlier good version of a file that has since been rewritten in
        /// place: kept as a base for Change (one file watched alone has no
        /// other), never shown as the newest.
        public var isEarlierVersion = false

        public init(path: String, snapshot: Snapshot, warnings: [ValidationIssue], isEarlierVersion: Bool = false) {
            self.path = path
            self.snapshot = snapshot
            self.warnings = warnings
            self.isEarlierVersion = isEarlierVersion
        }
    }

    /// Valid snapshots, oldest first. Ties in `generated_at` are broken by
    /// path so the order never depends on the order files were read.
    public private(set) var history: [Entry] = []
    /// Rejected files by path, with their problems. A path here may also have
    /// an entry in `history`: its last good version, kept on screen.
    public private(set) var rejected: [String: SnapshotFile] = [:]
    /// Valid snapshots dated more than `futureToleranceSeconds` after `clock`,
    /// by path: a producer's wrong clock or a typo must not outrank every
    /// fresh file. They join `history` when the clock reaches them.
    public private(set) var heldAside: [String: Entry] = [:]
    /// The time snapshots are judged against; nil holds nothing aside.
    public private(set) var clock: Instant?
    public let futureToleranceSeconds: Double
    /// Bound on `history` (whole models): the dashboard shows the newest and
    /// compares with the one before; one more covers the newest file being
    /// deleted or a file's earlier version. Older ones are dropped first, so
    /// memory stays flat over a shift however many snapshots arrive. The
    /// shift's figures are kept, compact, in `shiftHistory`; time travel
    /// reads an older file again.
    public static let defaultHistoryLimit = 3

    public let historyLimit: Int
    /// The figures of every valid snapshot read, compact, for baselines, time travel and trends.
    public private(set) var shiftHistory: ShiftHistory

    public init(historyLimit: Int = SnapshotStore.defaultHistoryLimit,
                futureToleranceSeconds: Double = Double(SnapshotDecoder.futureTolerance),
                shiftHistory: ShiftHistory = ShiftHistory()) {
        precondition(historyLimit >= 2, "the store needs at least the newest snapshot and the one before")
        self.historyLimit = historyLimit
        self.futureToleranceSeconds = futureToleranceSeconds
        self.shiftHistory = shiftHistory
    }

    public var latest: Entry? { history.last }
    public var previous: Entry? { history.count >= 2 ? history[history.count - 2] : nil }

    /// Held-aside snapshots, soonest first.
    public var heldAsideEntries: [Entry] { heldAside.values.sorted { SnapshotStore.isOrdered($0, before: $1) } }

    /// Whether `path` is rejected as it reads now while its last good version stays in use.
    public func keepsLastGood(ofRejected path: String) -> Bool {
        rejected[path] != nil && history.contains { $0.path == path && !$0.isEarlierVersion }
    }

    /// Takes a freshly read file. A valid file read again replaces what the
    /// store had from the same path (the version it replaces stays as the
    /// base for Change); an invalid one is rejected but does not cost the
    /// path's last good snapshot, which stays until a valid version replaces it.
    /// Returns true when the newest snapshot changed.
    @discardableResult
    public mutating func add(_ file: SnapshotFile) -> Bool {
        let before = latestIdentity
        if let snapshot = file.report.snapshot {
            rejected[file.path] = nil
            heldAside[file.path] = nil
            let entry = Entry(path: file.path, snapshot: snapshot, warnings: file.report.warnings)
            if isAhead(entry) {
                heldAside[file.path] = entry
            } else {
                place(entry)
            }
        } else {
            rejected[file.path] = file
        }
        return latestIdentity != before
    }

    /// Forgets a file that was deleted. Returns true when the newest snapshot changed.
    @discardableResult
    public mutating func remove(path: String) -> Bool {
        let before = latestIdentity
        rejected[path] = nil
        heldAside[path] = nil
        history.removeAll { $0.path == path }
        return latestIdentity != before
    }

    /// Moves the clock to `now` and takes in the held-aside snapshots it has
    /// reached. Returns their paths (when any, the newest may have changed).
    @discardableResult
    public mutating func advanceClock(to now: Instant) -> [String] {
        clock = now
        let reached = heldAsideEntries.filter { !isAhead($0) }
        for entry in reached {
            heldAside[entry.path] = nil
            // Its "in the future" warning was true when it was read; it is not now.
            place(Entry(path: entry.path, snapshot: entry.snapshot, warnings: entry.warnings.filter { !SnapshotDecoder.isFutureWarning($0) }))
        }
        return reached.map(\.path)
    }

    /// Rejected files, newest problem first is not knowable from content, so by path.
    public var rejectedFiles: [SnapshotFile] { rejected.values.sorted { $0.path < $1.path } }

    private var latestIdentity: LatestIdentity? {
        latest.map { LatestIdentity(path: $0.path, generatedAt: $0.snapshot.generatedAt) }
    }

    private struct LatestIdentity: Equatable {
        let path: String
        let generatedAt: Instant
    }

    private func isAhead(_ entry: Entry) -> Bool {
        guard let clock else { return false }
        return clock.seconds(until: entry.snapshot.generatedAt) > futureToleranceSeconds
    }

    /// Puts `entry` in `history` as its path's current version. The version
    /// it replaces becomes the path's one earlier version when it is older;
    /// earlier versions not older than the new one go (a file rewound to an
    /// older time must not leave a newer ghost of itself on screen).
    private mutating func place(_ entry: Entry) {
        let path = entry.path
        let time = entry.snapshot.generatedAt
        if let index = history.firstIndex(where: { $0.path == path && !$0.isEarlierVersion }) {
            var replaced = history.remove(at: index)
            if replaced.snapshot.generatedAt < time {
                history.removeAll { $0.path == path }
                replaced.isEarlierVersion = true
                insert(replaced)
            }
        }
        history.removeAll { $0.path == path && $0.snapshot.generatedAt >= time }
        insert(entry)
        // Only what takes its place in time is the shift's: a snapshot held
        // aside as future-dated is recorded when the clock reaches it.
        shiftHistory.record(entry.snapshot, path: path)
        if history.count > historyLimit { history.removeFirst(history.count - historyLimit) }
    }

    private mutating func insert(_ entry: Entry) {
        let index = history.firstIndex { SnapshotStore.isOrdered(entry, before: $0) } ?? history.count
        history.insert(entry, at: index)
    }

    static func isOrdered(_ a: Entry, before b: Entry) -> Bool {
        if a.snapshot.generatedAt != b.snapshot.generatedAt { return a.snapshot.generatedAt < b.snapshot.generatedAt }
        if a.path != b.path { return a.path < b.path }
        return a.isEarlierVersion && !b.isEarlierVersion
    }

    /// Reads a directory of snapshots, or one file, judged against `now`.
    /// The loader's future tolerance is the store's too. `historyLimit` keeps
    /// more than the screen needs when a caller looks further back (`check`'s
    /// `within_hours` rules read every valid file).
    public static func load(path: String, loader: SnapshotLoader = SnapshotLoader(), now: Instant,
                            historyLimit: Int = SnapshotStore.defaultHistoryLimit,
                            shiftHistory: ShiftHistory = ShiftHistory(),
                            reading read: ((String) -> SnapshotFile)? = nil) throws -> SnapshotStore {
        var store = SnapshotStore(historyLimit: historyLimit, futureToleranceSeconds: loader.futureToleranceSeconds,
                                  shiftHistory: shiftHistory)
        store.advanceClock(to: now)
        let paths = SnapshotLoader.isDirectory(path) ? try SnapshotLoader.snapshotPaths(inDirectory: path) : [path]
        for file in paths {
            store.add(read?(file) ?? loader.load(path: file, now: now))
        }
        return store
    }
}
