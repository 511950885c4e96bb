import Foundation

/// The names in a directory via `opendir`/`readdir`: each name's bytes kept
/// (see `PathBytes`), no Foundation objects per entry, and the `errno` of a
/// failure kept for the problem message.
public enum DirectoryListing {
    public static func names(in directory: String) -> Result<[String], SystemError> {
        guard let handle = PathBytes.withSystemPath(directory, { opendir($0) }) else { return .failure(.current) }
        defer { closedir(handle) }
        var names: [String] = []
        errno = 0
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { start in
                    PathBytes.string(fromName: UnsafeBufferPointer(start: start, count: strlen(UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self))))
                }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        // readdir returns nil both at the end and on error; only errno tells them apart.
        if errno != 0 { return .failure(.current) }
        return .success(names)
    }
}
