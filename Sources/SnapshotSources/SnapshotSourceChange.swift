/// Something a `SnapshotSource` noticed.
public enum SnapshotSourceChange: Hashable, Sendable {
    /// A snapshot file appeared or changed: read it again.
    case updated(path: String)
    /// A snapshot body fetched from `path` (a URL): judged as a file of that name would be.
    case fetched(path: String, bytes: [UInt8])
    /// A snapshot file is gone: forget it.
    case removed(path: String)
    /// The directory (or a single file's directory) vanished or cannot be read.
    /// Snapshots already read are kept; the source keeps retrying.
    case problem(String)
    /// The directory is back after a `problem`; `updated`/`removed` for what
    /// differs from before come in the same batch.
    case recovered
}

extension SnapshotSourceChange {
    /// The file or URL whose snapshot this change has read (`updated`, `fetched`); nil otherwise.
    public var readPath: String? {
        switch self {
        case .updated(let path), .fetched(let path, _): path
        case .removed, .problem, .recovered: nil
        }
    }

    var isRead: Bool { readPath != nil }
}
