/// Why `AtomicFileWriter` could not put a file in place.
public struct AtomicWriteError: Error, CustomStringConvertible {
    public let path: String
    let action: String
    let error: SystemError

    init(path: String, action: String, error: SystemError) {
        self.path = path
        self.action = action
        self.error = error
    }

    public var description: String { "cannot \(action) \(path): \(error.message)" }
}
