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

    /// What "done" is measured in: bytes (a 60 MB file is most of the
    /// wait), files when no size is known; `whole` is 0 when neither is.
    public var measure: (part: Int, whole: Int) {
        byteCount > 0 ? (bytesRead, byteCount) : (filesRead, fileCount)
    }

    /// Done so far, from 0 to 1 (see `measure`).
    public var fraction: Double {
        let (part, whole) = measure
        return whole > 0 ? min(1, max(0, Double(part) / Double(whole))) : 0
    }

    /// Done so far as `CountFormat.percent` writes it, in whole percent:
    /// `100%` only when all is read, `0%` only before anything is.
    public var percentText: String {
        let (part, whole) = measure
        return whole > 0 ? CountFormat.percent(part, of: whole, fractionDigits: 0) : "0%"
    }
}
