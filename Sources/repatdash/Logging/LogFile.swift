import DashboardCore
import Glibc
import Synchronization

/// The file `--log` names, open for appending. Each line goes out in one
/// `write(2)` as soon as it is logged, so `tail -f` sees it at once and a
/// crash loses nothing already logged.
///
/// Rotation: the file is not reopened (SIGHUP ends the dashboard, it is the
/// SSH link dropping). Rotate with logrotate's `copytruncate`: because the
/// file is opened with O_APPEND, every write lands at the current end, so
/// after truncation the next line starts at offset 0 rather than leaving a
/// hole of the old size.
final class LogFile: Sendable {
    let path: String
    private let descriptor: Int32
    /// The errno of the first write that failed, 0 while none has. After one
    /// failure nothing more is written: a pipe whose reader is gone stays
    /// gone, and half a line after a full disk frees up would be worse.
    private let failure = Atomic<Int32>(0)

    /// Opens (creating with mode 0640, less the umask) or fails with a message
    /// fit for the operator. Refuses a terminal: the dashboard owns the screen,
    /// and `--log /dev/tty` would write over it.
    ///
    /// A symbolic link at `path` is refused unless `followSymbolicLink` (the
    /// administrator's `--log-follow-symlink`): someone who can write into the
    /// log's directory could otherwise plant one and have the dashboard append
    /// to any file its user may write. O_NONBLOCK: opening a FIFO with no
    /// reader fails at once (ENXIO) instead of waiting for one forever, and a
    /// reader that stops reading costs log lines, never the dashboard.
    static func open(path: String, followSymbolicLink: Bool = false) -> Result<LogFile, LogFileOpenError> {
        let flags = O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (followSymbolicLink ? 0 : O_NOFOLLOW)
        let descriptor = Glibc.open(path, flags, 0o640)
        guard descriptor >= 0 else {
            let code = errno
            return .failure(LogFileOpenError(path: path, reason: reason(code, path: path, followSymbolicLink: followSymbolicLink)))
        }
        if isatty(descriptor) != 0 {
            close(descriptor)
            return .failure(LogFileOpenError(path: path, reason: "is a terminal; the dashboard needs the screen to itself"))
        }
        return .success(LogFile(path: path, descriptor: descriptor))
    }

    private static func reason(_ code: Int32, path: String, followSymbolicLink: Bool) -> String {
        var status = stat()
        if code == ELOOP, !followSymbolicLink, lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
            return "is a symbolic link; name the file itself, or add --log-follow-symlink to write where the link points"
        }
        if code == ENXIO, stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFIFO {
            return "is a FIFO with no reader; start the reader first"
        }
        return ErrorWording.errnoText(code)
    }

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Appends `line` and a newline. A failure (disk full, file system gone,
    /// a pipe whose reader stopped: EPIPE, as SIGPIPE is ignored while the
    /// dashboard runs) must not stop the dashboard and cannot go to the
    /// screen it owns: it is kept for `failureMessage`, said when the
    /// dashboard ends.
    func append(_ line: String) {
        guard failure.load(ordering: .relaxed) == 0 else { return }
        var bytes = Array((line + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                failure.store(errno, ordering: .relaxed)
                return
            }
            written += result
        }
    }

    /// Why logging stopped, for stderr once the terminal is given back; nil
    /// while every line has been written.
    var failureMessage: String? {
        let code = failure.load(ordering: .relaxed)
        guard code != 0 else { return nil }
        return "the log file \(TerminalSafeText.escaped(path)) stopped being written: \(ErrorWording.errnoText(code)); later messages were not logged"
    }
}
