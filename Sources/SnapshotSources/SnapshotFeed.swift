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

    public func apply(_ changes: [SnapshotSourceChange], to store: inout SnapshotStore, now: Instant) -> SnapshotFeedResult {
        var result = SnapshotFeedResult()
        for change in changes {
            switch change {
            case .updated(let path):
                let file = loader.load(path: path, now: now)
                if store.add(file) { result.latestChanged = true }
                if file.report.snapshot == nil { result.rejected.append(file) }
                result.storeChanged = true
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
}
