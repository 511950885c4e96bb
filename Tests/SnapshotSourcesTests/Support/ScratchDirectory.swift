import Foundation
import Glibc

/// A fresh directory under the system's temporary folder, removed on deinit,
/// with the file operations producers use: plain writes, temporary name then
/// rename, and rewriting a file in place (same inode).
final class ScratchDirectory {
    let root: String

    init() throws {
        root = NSTemporaryDirectory() + "repatdash-sources-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func path(_ name: String) -> String { root + "/" + name }

    /// open(O_CREAT|O_TRUNC), write, close: the file keeps its inode if it existed.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = path(name)
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Glibc.write(descriptor, $0.baseAddress, $0.count) }) == bytes.count else {
            throw POSIXError(.EIO)
        }
        return file
    }

    /// Writes a temporary dot-name, then renames it over `name`, as producers should.
    @discardableResult
    func writeByRename(_ name: String, _ text: String) throws -> String {
        let temporary = try write("." + name.replacingOccurrences(of: "/", with: "-") + ".tmp", text)
        try rename(temporary, to: name)
        return path(name)
    }

    func rename(_ from: String, to name: String) throws {
        let source = from.hasPrefix("/") ? from : path(from)
        guard Glibc.rename(source, path(name)) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    func remove(_ name: String) throws {
        try FileManager.default.removeItem(atPath: path(name))
    }

    func makeDirectory(_ name: String) throws -> String {
        try FileManager.default.createDirectory(atPath: path(name), withIntermediateDirectories: true)
        return path(name)
    }

    func inode(_ name: String) -> UInt64? {
        var status = stat()
        guard stat(path(name), &status) == 0 else { return nil }
        return UInt64(status.st_ino)
    }

    func names(in directory: String? = nil) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.map(path) ?? root).sorted()
    }
}
