/// Something a `SnapshotSource` noticed.
public enum SnapshotSourceChange: Hashable, Sendable {
    /// A snapshot file appeared or changed: read it again.
    case updated(path: String)
    /// A snapshot file is gone: forget it.
    case removed(path: String)
    /// The directory (or a single file's directory) vanished or cannot be read.
    /// Snapshots already read are kept; the source keeps retrying.
    case problem(String)
    /// The directory is back after a `problem`; `updated`/`removed` for what
    /// differs from before come in the same batch.
    case recovered
}
