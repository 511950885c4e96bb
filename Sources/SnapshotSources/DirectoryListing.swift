import Glibc

/// The names in a directory via `opendir`/`readdir`: no Foundation objects
/// per entry, and the `errno` of a failure kept for the problem message.
enum DirectoryListing {
    static func names(in directory: String) -> Result<[String], SystemError> {
        guard let handle = opendir(directory) else { return .failure(.current) }
        defer { closedir(handle) }
        var names: [String] = []
        errno = 0
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        // readdir returns nil both at the end and on error; only errno tells them apart.
        if errno != 0 { return .failure(.current) }
        return .success(names)
    }
}
