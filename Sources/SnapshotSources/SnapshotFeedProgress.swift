/// How far one `SnapshotFeed.apply` has got through the files it reads, for
/// a progress line during a long start-up or rescan. Sizes are as `stat`
/// gave them before reading began (a file that could not be stat-ed counts 0).
public struct SnapshotFeedProgress: Sendable, Equatable {
    /// Files read so far in this call.
    public var filesRead: Int
    /// Files this call reads in all (`updated` changes).
    public var fileCount: Int
    public var bytesRead: Int
    public var byteCount: Int
    /// The file about to be read.
    public var nextPath: String

    public init(filesRead: Int, fileCount: Int, bytesRead: Int, byteCount: Int, nextPath: String) {
        self.filesRead = filesRead
        self.fileCount = fileCount
        self.bytesRead = bytesRead
        self.byteCount = byteCount
        self.nextPath = nextPath
    }
}
