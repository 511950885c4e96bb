import DashboardCore
import Foundation

/// How the one-shot commands (`validate`, `render`, `check`) read a snapshot
/// file: mapped, decoded straight from the mapping, and read again with
/// read() (`SnapshotLoader.load(path:now:)`) when the file changed under the
/// mapping, so the result is always one that read() could give. Changed:
/// truncated past a page we touched (the SIGBUS handler's flag), or its size
/// or times differ after the decoding from before the mapping (rewritten in
/// place: the mapping would show the new bytes followed by zeros, which no
/// read() ever sees). Every refusal (cannot open, not a regular file, over
/// the size limit, empty) is left to the loader, so its wording is the loader's.
public enum MappedSnapshotLoading {
    /// `afterMapping` runs between mapping and decoding: the tests' window
    /// for changing the file under the mapping.
    public static func load(path: String, loader: SnapshotLoader, now: Instant, afterMapping: () -> Void = {}) -> SnapshotFile {
        guard case .success(let opened) = RegularFile.openForReading(path: path) else { return loader.load(path: path, now: now) }
        defer { close(opened.descriptor) }
        guard opened.size <= loader.sizeLimit, let before = FileStamp(opened.descriptor), before.size == opened.size,
              let mapped = MappedFile(descriptor: opened.descriptor, length: opened.size) else {
            return loader.load(path: path, now: now)
        }
        afterMapping()
        let file = loader.load(mapped: mapped.bytes, path: path, now: now)
        guard !mapped.faulted, FileStamp(opened.descriptor) == before else { return loader.load(path: path, now: now) }
        return file
    }
}
