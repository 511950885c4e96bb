import DashboardCore
import Glibc

/// What `stat` says about a file, compared between polls to tell whether it
/// changed. The inode catches rename-replacement even when size and times
/// match; size and both times catch an in-place rewrite. (A rewrite that keeps
/// the size and lands within the file system's timestamp granularity is
/// invisible to polling; inotify's IN_CLOSE_WRITE still sees it.)
struct FileSignature: Equatable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modifiedSeconds: Int64
    let modifiedNanoseconds: Int64
    let changedSeconds: Int64
    let changedNanoseconds: Int64
    let mode: UInt32

    /// The signature of a name that matched but could not be stat-ed (a
    /// dangling symbolic link, a file we may not search for): recorded so it is
    /// reported once, not on every poll.
    static let unavailable = FileSignature(device: 0, inode: 0, size: -1, modifiedSeconds: 0, modifiedNanoseconds: 0, changedSeconds: 0, changedNanoseconds: 0, mode: 0)

    /// Follows symbolic links, as reading the file will.
    static func of(path: String) -> Result<FileSignature, SystemError> {
        var status = stat()
        guard PathBytes.withSystemPath(path, { stat($0, &status) }) == 0 else { return .failure(.current) }
        return .success(FileSignature(status))
    }

    init(_ status: stat) {
        self.init(
            device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
            modifiedSeconds: Int64(status.st_mtim.tv_sec), modifiedNanoseconds: Int64(status.st_mtim.tv_nsec),
            changedSeconds: Int64(status.st_ctim.tv_sec), changedNanoseconds: Int64(status.st_ctim.tv_nsec),
            mode: UInt32(status.st_mode)
        )
    }

    private init(device: UInt64, inode: UInt64, size: Int64, modifiedSeconds: Int64, modifiedNanoseconds: Int64,
                 changedSeconds: Int64, changedNanoseconds: Int64, mode: UInt32) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedSeconds = changedSeconds
        self.changedNanoseconds = changedNanoseconds
        self.mode = mode
    }
}
