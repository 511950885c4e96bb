import Foundation

/// Writes a file the way snapshot-v1.md asks producers to: the bytes go to a
/// temporary dot-name in the same directory (which readers skip), then one
/// `rename` puts the whole file in place. A reader, or a replay stopped at
/// any moment, never leaves half a file under the real name.
///
/// The temporary name ends in random characters and is created with
/// O_CREAT | O_EXCL, as `mkstemp` does: a predictable name opened with
/// O_TRUNC would follow a symbolic link planted under it and truncate
/// whatever it points to. O_EXCL fails on any existing name, a link included
/// (even a dangling one); another name is then tried. The final `rename`
/// replaces a link at the real name, never writes through it.
public enum AtomicFileWriter {
    /// `.NAME.` beside `path`, before the random part: a dot-name, skipped by `SnapshotLoader.isSnapshotFileName`.
    static func temporaryPrefix(for path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." + path + "." }
        return String(path[...slash]) + "." + path[path.index(after: slash)...] + "."
    }

    /// `.NAME.k3XbQ9.tmp`: the `.tmp` ending is skipped by readers too.
    static func temporaryPath(for path: String, using generator: inout some RandomNumberGenerator) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        let random = String((0..<8).map { _ in alphabet.randomElement(using: &generator)! })
        return temporaryPrefix(for: path) + random + ".tmp"
    }

    /// Opens a fresh temporary name for writing; retries while names are taken.
    static func createTemporary(for path: String) -> Result<(path: String, descriptor: Int32), AtomicWriteError> {
        var generator = SystemRandomNumberGenerator()
        var lastError = EEXIST
        for _ in 0..<100 {
            let temporary = temporaryPath(for: path, using: &generator)
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if descriptor >= 0 { return .success((temporary, descriptor)) }
            lastError = errno
            if lastError != EEXIST { break }
        }
        return .failure(AtomicWriteError(path: temporaryPrefix(for: path) + "XXXXXXXX.tmp", action: "create", code: lastError))
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(AtomicWriteError) {
        let (temporary, descriptor) = try createTemporary(for: path).get()
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                unlink(temporary)
                throw AtomicWriteError(path: temporary, action: "write", code: code)
            }
            written += count
        }
        guard close(descriptor) == 0 else {
            let code = errno
            unlink(temporary)
            throw AtomicWriteError(path: temporary, action: "write", code: code)
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw AtomicWriteError(path: path, action: "rename into", code: code)
        }
    }
}
