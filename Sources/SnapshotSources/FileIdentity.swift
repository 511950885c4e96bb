import Glibc

/// Which file a path leads to now (links followed): device and inode. A
/// watched directory reached through a symbolic link that is repointed keeps
/// its path but changes identity.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64

    /// Nil when the path leads nowhere (missing, dangling link, no permission).
    static func of(path: String) -> FileIdentity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    /// The parent directory and last name of `path` when `path` itself is a
    /// symbolic link (not followed); nil otherwise.
    static func symbolicLinkParts(of path: String) -> (directory: String, name: String)? {
        var status = stat()
        var trimmed = path
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard lstat(trimmed, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return nil }
        guard let slash = trimmed.lastIndex(of: "/") else { return (".", trimmed) }
        let parent = slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
        return (parent, String(trimmed[trimmed.index(after: slash)...]))
    }
}
