import Foundation

/// Opens a file for reading without ever waiting on something that is not a
/// regular file. A FIFO named `*.json` would block `open` until a writer came
/// and `read` until it wrote; a terminal or a device might never end. So the
/// file is opened with O_NONBLOCK (opening a FIFO then returns at once), its
/// type is checked with `fstat` on the descriptor just opened (no window for
/// a swap between the check and the read), and anything else is refused with
/// its kind named: "not a regular file: a FIFO".
public enum RegularFile {
    public struct Opened {
        /// Open for reading; the caller closes it.
        public let descriptor: Int32
        public let size: Int
    }

    public static func openForReading(path: String) -> Result<Opened, ReadProblem> {
        let descriptor = PathBytes.withSystemPath(path) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY) }
        guard descriptor >= 0 else {
            let code = errno
            // A socket cannot be opened at all (ENXIO): name what it is rather than "No such device or address".
            if let kind = kindOfSpecialFile(path: path) { return .failure(ReadProblem(message: "not a regular file: \(kind)")) }
            return .failure(ReadProblem(message: "cannot open: \(ErrorWording.errnoText(code))"))
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let code = errno
            close(descriptor)
            return .failure(ReadProblem(message: "cannot stat: \(ErrorWording.errnoText(code))"))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            return .failure(ReadProblem(message: "not a regular file: \(kindName(mode: status.st_mode))"))
        }
        return .success(Opened(descriptor: descriptor, size: Int(status.st_size)))
    }

    /// What a file that is not a regular one is, for messages: "a FIFO", "a directory"...
    public static func kindName(mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a FIFO"
        case S_IFDIR: "a directory"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        case S_IFLNK: "a symbolic link"
        default: "of an unknown type"
        }
    }

    /// The kind of `path` (links followed) when it exists and is not a regular file; nil otherwise.
    static func kindOfSpecialFile(path: String) -> String? {
        var status = stat()
        guard PathBytes.withSystemPath(path, { stat($0, &status) }) == 0, status.st_mode & S_IFMT != S_IFREG else { return nil }
        return kindName(mode: status.st_mode)
    }
}

/// Why a file's bytes cannot be had: missing, not a regular file, too large, unreadable.
public struct ReadProblem: Error, Sendable, Equatable {
    public let message: String

    public init(message: String) {
        self.message = message
    }
}
