import DashboardCore
import Glibc

/// An inotify instance: a non-blocking descriptor the run loop can `poll()`
/// beside the terminal, and the directory watches added to it.
final class InotifyWatcher {
    /// What the source needs to hear about a watched directory: entries
    /// written and closed, renamed in or out, created, deleted or re-permissioned,
    /// and the directory itself going away. Not IN_MODIFY (one event per
    /// write() of a large file) and not IN_OPEN/IN_ACCESS (our own reads would
    /// wake us).
    static let directoryEvents = UInt32(bitPattern:
        IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF
    )

    let fileDescriptor: Int32
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

    private init(fileDescriptor: Int32) {
        self.fileDescriptor = fileDescriptor
    }

    deinit { close(fileDescriptor) }

    static func open() -> Result<InotifyWatcher, SystemError> {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return .failure(.current) }
        return .success(InotifyWatcher(fileDescriptor: descriptor))
    }

    /// IN_ONLYDIR: a path that turned into a file is refused, not watched.
    func watch(directory: String) -> Result<Int32, SystemError> {
        let watchDescriptor = inotify_add_watch(fileDescriptor, directory, InotifyWatcher.directoryEvents | UInt32(bitPattern: IN_ONLYDIR))
        guard watchDescriptor >= 0 else { return .failure(.current) }
        return .success(watchDescriptor)
    }

    /// Harmless when the kernel already dropped the watch (the directory was deleted).
    func unwatch(_ watchDescriptor: Int32) {
        inotify_rm_watch(fileDescriptor, watchDescriptor)
    }

    /// Every event queued now; empty when there are none. Never blocks.
    func drain() -> [InotifyEvent] {
        var events: [InotifyEvent] = []
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                events += buffer.withUnsafeBytes { InotifyEvent.parse(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
                continue
            }
            if count < 0, errno == EINTR { continue }
            return events // EAGAIN: queue empty (or an error, after which nothing more can be read)
        }
    }
}
