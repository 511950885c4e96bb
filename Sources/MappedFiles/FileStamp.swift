import Foundation

/// What tells that an open file changed: its size and its modification and change times.
struct FileStamp: Equatable {
    let size: Int
    let modified: timespec
    let changed: timespec

    init?(_ descriptor: Int32) {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        size = Int(status.st_size)
        modified = status.st_mtim
        changed = status.st_ctim
    }

    static func == (a: FileStamp, b: FileStamp) -> Bool {
        a.size == b.size && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
            && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
    }
}
