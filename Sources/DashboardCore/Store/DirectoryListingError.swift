/// A directory of snapshots that cannot be listed, in plain words and with
/// its name escaped, ready for any command's message.
public struct DirectoryListingError: Error, Sendable, CustomStringConvertible {
    public let directory: String
    /// The C library's wording (`ErrorWording`), such as "Permission denied".
    public let reason: String

    public var description: String {
        "cannot list directory \(PathBytes.displayed(directory)): \(reason)"
    }
}
