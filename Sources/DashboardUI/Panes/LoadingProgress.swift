/// How far a long read of snapshot files has got, as `LoadingScreen` shows it.
public struct LoadingProgress: Sendable, Equatable {
    public var filesRead: Int
    public var fileCount: Int
    public var bytesRead: Int
    public var byteCount: Int
    /// The file being read now (from outside: shown made terminal-safe).
    public var currentFile: String

    public init(filesRead: Int, fileCount: Int, bytesRead: Int, byteCount: Int, currentFile: String) {
        self.filesRead = filesRead
        self.fileCount = fileCount
        self.bytesRead = bytesRead
        self.byteCount = byteCount
        self.currentFile = currentFile
    }

    /// Done so far, from 0 to 1: by bytes (a 60 MB file is most of the wait),
    /// by files when no size is known.
    public var fraction: Double {
        if byteCount > 0 { return min(1, max(0, Double(bytesRead) / Double(byteCount))) }
        if fileCount > 0 { return min(1, max(0, Double(filesRead) / Double(fileCount))) }
        return 0
    }
}
