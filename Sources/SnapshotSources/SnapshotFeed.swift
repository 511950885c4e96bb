import DashboardCore

/// Applies a source's changes to a store: reads each updated file, forgets
/// each removed one. The store orders by `generated_at`, so an older snapshot
/// arriving late goes into history without replacing the latest, and a broken
/// file is kept as rejected while the last good snapshot stays on screen.
///
///     let result = feed.apply(source.changes(), to: &store, now: Instant(Date()))
public struct SnapshotFeed: Sendable {
    public var loader: SnapshotLoader

    public init(loader: SnapshotLoader = SnapshotLoader()) {
        self.loader = loader
    }

    /// `progress`, when given, is called before each file is read, with the
    /// counts so far; it returns false to stop there (the operator quit), and
    /// the rest of `changes` is then not applied. The caller is expected to
    /// end: the source counts those files as reported and will not offer them
    /// again.
    public func apply(_ changes: [SnapshotSourceChange], to store: inout SnapshotStore, now: Instant,
                      progress: ((SnapshotReadProgress) -> Bool)? = nil) -> SnapshotFeedResult {
        var result = SnapshotFeedResult()
        // Files are judged against the clock they are read at: one dated beyond it is held aside.
        result.takenIn = store.advanceClock(to: now)
        if !result.takenIn.isEmpty {
            result.latestChanged = true
            result.storeChanged = true
        }
        // Sizes up front (a stat each, no reading), so the line can say "48/160 MB" from the first file on.
        let sizes: [String: Int] = progress == nil ? [:] : Self.sizes(of: changes)
        let fileCount = changes.filter(\.isRead).count
        var tally = SnapshotReadProgress(filesRead: 0, fileCount: fileCount, bytesRead: 0, byteCount: sizes.values.reduce(0, +), currentPath: "")
        for change in changes {
            switch change {
            case .updated(let path):
                if let progress {
                    tally.currentPath = path
                    guard progress(tally) else { return result }
                    tally.filesRead += 1
                    tally.bytesRead += sizes[path] ?? 0
                }
                keep(loader.load(path: path, now: now), in: &store, result: &result)
            case .fetched(let path, let bytes):
                // Already in memory (the size limit held while it streamed in): no progress line to show.
                keep(loader.load(bytes: bytes, path: path, now: now), in: &store, result: &result)
            case .removed(let path):
                if store.remove(path: path) { result.latestChanged = true }
                result.storeChanged = true
            case .problem(let message):
                result.problems.append(message)
            case .recovered:
                result.recovered = true
            }
        }
        return result
    }

    /// Puts a file read (or a URL's body) in the store: a URL's bodies are
    /// versions of one path, as a file rewritten in place is, so the store
    /// keeps the one before as Change's base and a bad body never displaces
    /// the last good one.
    private func keep(_ file: SnapshotFile, in store: inout SnapshotStore, result: inout SnapshotFeedResult) {
        let path = file.path
        result.filesRead += 1
        if store.add(file) { result.latestChanged = true }
        if file.report.snapshot == nil {
            result.rejected.append(file)
            if store.keepsLastGood(ofRejected: path) { result.lastGoodKept.insert(path) }
        } else if let held = store.heldAside[path] {
            result.heldAside.append(held)
        }
        result.storeChanged = true
    }

    /// Each updated file's size in bytes; 0 when `stat` fails (reading will say why).
    private static func sizes(of changes: [SnapshotSourceChange]) -> [String: Int] {
        var sizes: [String: Int] = [:]
        for case .updated(let path) in changes {
            let size = (try? FileSignature.of(path: path).get()).map { Int($0.size) } ?? 0
            sizes[path] = max(0, size)
        }
        return sizes
    }
}
