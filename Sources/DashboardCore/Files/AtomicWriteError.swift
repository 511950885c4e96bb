import Foundation

/// Why `AtomicFileWriter` could not put a file in place.
public struct AtomicWriteError: Error, CustomStringConvertible {
    public let path: String
    let action: String
    /// The failing call's `errno`.
    public let code: Int32

    init(path: String, action: String, code: Int32) {
        self.path = path
        self.action = action
        self.code = code
    }

    public var description: String { "cannot \(action) \(PathBytes.displayed(path)): \(ErrorWording.errnoText(code))" }
}
