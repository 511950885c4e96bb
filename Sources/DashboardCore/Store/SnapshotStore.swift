/// Every snapshot the dashboard knows, ordered by `generated_at` (never by
/// file name or modification time), with the files it had to reject.
///
/// The newest valid snapshot is what the screen shows; the valid one before
/// it is the base for "change since previous snapshot".
public struct SnapshotStore: Sendable {
    public struct Entry: Sendable {
        public let path: String
        public let snapshot: Snapshot
        public let warnings: [ValidationIssue]
    }

    /// Valid snapshots, oldest first. Ties in `generated_at` are broken by
    /// path so the order never depends on the order files were read.
    public private(set) var history: [Entry] = []
    /// Rejected files by path, with their problems.
    public private(set) var rejected: [String: SnapshotFile] = [:]
    /// Bound on `history`: the dashboard shows the newest and compares with
    /// the one before; a few more cover a late, out-of-order arrival and the
    /// newest file being deleted. Older ones are dropped first, so memory stays
    /// flat over a shift however many snapshots arrive.
    public static let defaultHistoryLimit = 8

    public let historyLimit: Int

    public init(historyLimit: Int = SnapshotStore.defaultHistoryLimit) {
        precondition(historyLimit >= 2, "the store needs at least the newest snapshot and the one before")
        self.historyLimit = historyLimit
    }

    public var latest: Entry? { history.last }
    public var previous: Entry? { history.count >= 2 ? history[history.count - 2] : nil }

    /// Takes a freshly read file. A file read again replaces what the store
    /// had from the same path, whether it was valid before or not.
    /// Returns true when the newest snapshot changed.
    @discardableResult
    public mutating func add(_ file: SnapshotFile) -> Bool {
        let latestBefore = latest?.path
        let latestTimeBefore = latest?.snapshot.generatedAt
        removeEntries(forPath: file.path)
        if let snapshot = file.report.snapshot {
            let entry = Entry(path: file.path, snapshot: snapshot, warnings: file.report.warnings)
            let index = history.firstIndex { SnapshotStore.isOrdered(entry, before: $0) } ?? history.count
            history.insert(entry, at: index)
            if history.count > historyLimit { history.removeFirst(history.count - historyLimit) }
        } else {
            rejected[file.path] = file
        }
        return latest?.path != latestBefore || latest?.snapshot.generatedAt != latestTimeBefore
    }

    /// Takes a new version of what `file.path` names when each read is a new
    /// version rather than a replacement (a URL polled over HTTP): a valid one
    /// joins the history beside the earlier versions (so "change since previous"
    /// works) and clears a rejection; a rejected one is recorded and the valid
    /// versions stay on screen. Returns true when the newest snapshot changed.
    @discardableResult
    public mutating func addVersion(_ file: SnapshotFile) -> Bool {
        guard let snapshot = file.report.snapshot else {
            rejected[file.path] = file
            return false
        }
        let latestBefore = latest.map { ($0.path, $0.snapshot.generatedAt) }
        rejected[file.path] = nil
        history.removeAll { $0.path == file.path && $0.snapshot.generatedAt == snapshot.generatedAt }
        let entry = Entry(path: file.path, snapshot: snapshot, warnings: file.report.warnings)
        let index = history.firstIndex { SnapshotStore.isOrdered(entry, before: $0) } ?? history.count
        history.insert(entry, at: index)
        if history.count > historyLimit { history.removeFirst(history.count - historyLimit) }
        guard let latest, let latestBefore else { return true }
        return latest.path != latestBefore.0 || latest.snapshot.generatedAt != latestBefore.1
    }

    /// Forgets a file that was deleted. Returns true when the newest snapshot changed.
    @discardableResult
    public mutating func remove(path: String) -> Bool {
        let latestBefore = latest?.path
        removeEntries(forPath: path)
        return latest?.path != latestBefore
    }

    /// Rejected files, newest problem first is not knowable from content, so by path.
    public var rejectedFiles: [SnapshotFile] { rejected.values.sorted { $0.path < $1.path } }

    private mutating func removeEntries(forPath path: String) {
        rejected[path] = nil
        history.removeAll { $0.path == path }
    }

    static func isOrdered(_ a: Entry, before b: Entry) -> Bool {
        if a.snapshot.generatedAt != b.snapshot.generatedAt { return a.snapshot.generatedAt < b.snapshot.generatedAt }
        return a.path < b.path
    }

    /// Reads a directory of snapshots, or one file.
    public static func load(path: String, loader: SnapshotLoader = SnapshotLoader(), now: Instant) throws -> SnapshotStore {
        var store = SnapshotStore()
        let paths = SnapshotLoader.isDirectory(path) ? try SnapshotLoader.snapshotPaths(inDirectory: path) : [path]
        for file in paths {
            store.add(loader.load(path: file, now: now))
        }
        return store
    }
}
