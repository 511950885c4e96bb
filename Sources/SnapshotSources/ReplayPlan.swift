import DashboardCore

/// The snapshots a replay will write, in order, and the files it skips.
public struct ReplayPlan: Sendable {
    public struct Item: Sendable, Equatable {
        public let path: String
        public let generatedAt: Instant
    }

    /// Valid snapshots, oldest `generated_at` first (ties by path), as the dashboard orders them.
    public let items: [Item]
    /// Files of the source directory that failed validation.
    public let skipped: [SnapshotFile]

    /// Reads every snapshot file of `directory` once to learn its time; only
    /// paths and times are kept, so replaying large snapshots holds one at a time.
    public static func make(directory: String, loader: SnapshotLoader, now: Instant) throws(ReplayError) -> ReplayPlan {
        let paths: [String]
        do {
            paths = try SnapshotLoader.snapshotPaths(inDirectory: directory)
        } catch {
            throw ReplayError(error.description)
        }
        var items: [Item] = []
        var skipped: [SnapshotFile] = []
        for path in paths {
            let file = loader.load(path: path, now: now)
            if let snapshot = file.report.snapshot {
                items.append(Item(path: path, generatedAt: snapshot.generatedAt))
            } else {
                skipped.append(file)
            }
        }
        items.sort { $0.generatedAt != $1.generatedAt ? $0.generatedAt < $1.generatedAt : $0.path < $1.path }
        return ReplayPlan(items: items, skipped: skipped)
    }
}
