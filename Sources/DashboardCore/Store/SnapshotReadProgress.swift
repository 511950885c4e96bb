/// How far a long read of snapshot files has got (start-up, a rescan): the
/// feed reports it before each file, the loading screen shows it. Sizes are
/// as `stat` gave them before reading began (a file that could not be
/// stat-ed counts 0).
public struct SnapshotReadProgress: Sendable, Equatable {
    /// Files read so far.
    public var filesRead: Int
    /// Files to read in all.
    public var fileCount: Int
    public var bytesRead: Int
    public var byteCount: Int
    /// The file being read now (from outside: show it made terminal-safe).
    public var currentPath: String

    public init(filesRead: Int, fileCount: Int, bytesRead: Int, byteCount: Int, currentPath: String) {
        self.filesRead = filesRead
        self.fileCount = fileCount
        self.bytesRead = bytesRead
        self.byteCount = byteCount
        self.currentPath = currentPath
    }

    /// Done so far, from 0 to 1: by bytes (a 60 MB file is most of the wait),
    /// by files when no size is known.
    public var fraction: Double {
        if byteCount > 0 { return min(1, max(0, Double(bytesRead) / Double(byteCount))) }
        if fileCount > 0 { return min(1, max(0, Double(filesRead) / Double(fileCount))) }
        return 0
    }
}
