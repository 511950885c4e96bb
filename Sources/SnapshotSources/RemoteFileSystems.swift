import Foundation

/// Tells whether a directory lives on a file system whose changes inotify may
/// not hear: writes made by another machine (NFS, SMB) or behind a FUSE or
/// virtual-machine share arrive without events, and the dashboard would sit
/// on an old snapshot all shift. Read from /proc/self/mounts because Swift's
/// Glibc module does not offer `statfs`.
enum RemoteFileSystems {
    static let types: Set<String> = [
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "virtiofs", "afs", "ceph", "glusterfs", "lustre", "sshfs", "davfs",
    ]

    static func isRemote(directory: String, mountTable: String? = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8)) -> Bool {
        guard let mountTable, let type = fileSystemType(of: directory, mountTable: mountTable) else { return false }
        return types.contains(type) || type.hasPrefix("fuse")
    }

    /// The type of the longest mount point containing `directory` (after resolving links).
    static func fileSystemType(of directory: String, mountTable: String) -> String? {
        let resolved = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        var best: (mountPoint: String, type: String)?
        for line in mountTable.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let mountPoint = unescape(String(fields[1]))
            guard contains(mountPoint: mountPoint, path: resolved) else { continue }
            if best == nil || mountPoint.count >= best!.mountPoint.count { best = (mountPoint, String(fields[2])) }
        }
        return best?.type
    }

    private static func contains(mountPoint: String, path: String) -> Bool {
        mountPoint == "/" || path == mountPoint || path.hasPrefix(mountPoint + "/")
    }

    /// The mount table writes space, tab, newline and backslash as `\040` style octal.
    static func unescape(_ field: String) -> String {
        guard field.contains("\\") else { return field }
        var bytes: [UInt8] = []
        let source = Array(field.utf8)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "\\"), index + 3 < source.count,
               let value = UInt8(String(decoding: source[index + 1...index + 3], as: UTF8.self), radix: 8) {
                bytes.append(value)
                index += 4
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
