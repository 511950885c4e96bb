import Glibc

/// Writes a file the way snapshot-v1.md asks producers to: the bytes go to a
/// temporary dot-name in the same directory (which readers skip), then one
/// `rename` puts the whole file in place. A reader, or a replay stopped at
/// any moment, never leaves half a file under the real name.
enum AtomicFileWriter {
    /// `.NAME.tmp` beside `path`: skipped by `SnapshotLoader.isSnapshotFileName` twice over.
    static func temporaryPath(for path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." + path + ".tmp" }
        return String(path[...slash]) + "." + path[path.index(after: slash)...] + ".tmp"
    }

    static func write(_ bytes: [UInt8], to path: String) throws(AtomicWriteError) {
        let temporary = temporaryPath(for: path)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw AtomicWriteError(path: temporary, action: "create", error: .current) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let error = SystemError.current
                close(descriptor)
                unlink(temporary)
                throw AtomicWriteError(path: temporary, action: "write", error: error)
            }
            written += count
        }
        guard close(descriptor) == 0 else {
            let error = SystemError.current
            unlink(temporary)
            throw AtomicWriteError(path: temporary, action: "write", error: error)
        }
        guard rename(temporary, path) == 0 else {
            let error = SystemError.current
            unlink(temporary)
            throw AtomicWriteError(path: path, action: "rename into", error: error)
        }
    }
}
