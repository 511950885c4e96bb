import Glibc

/// Whether a source watches a directory of snapshots or one snapshot file.
public enum SnapshotSourceKind: Equatable, Sendable {
    case directory
    case file

    /// An existing path says what it is. A missing one (a directory the producer
    /// has not created yet, a file not written yet) is taken as a file when it
    /// is named like one (`*.json`), as a directory otherwise.
    public static func guess(forPath path: String) -> SnapshotSourceKind {
        var status = stat()
        if stat(path, &status) == 0 { return status.st_mode & S_IFMT == S_IFDIR ? .directory : .file }
        return path.hasSuffix(".json") ? .file : .directory
    }
}
