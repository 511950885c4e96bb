import Glibc

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

    /// Opens (creating with mode 0640, less the umask) or fails with a message
    /// fit for the operator. Refuses a terminal: the dashboard owns the screen,
    /// and `--log /dev/tty` would write over it.
    static func open(path: String) -> Result<LogFile, LogFileOpenError> {
        let descriptor = Glibc.open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        guard descriptor >= 0 else { return .failure(LogFileOpenError(path: path, reason: String(cString: strerror(errno)))) }
        if isatty(descriptor) != 0 {
            close(descriptor)
            return .failure(LogFileOpenError(path: path, reason: "is a terminal; the dashboard needs the screen to itself"))
        }
        return .success(LogFile(path: path, descriptor: descriptor))
    }

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// Appends `line` and a newline. Failures (disk full, file system gone)
    /// are dropped: a log that cannot be written must not stop the dashboard,
    /// and there is no screen to report it on.
    func append(_ line: String) {
        var bytes = Array((line + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                return
            }
            written += result
        }
    }
}
