import Foundation

/// A failed system call's `errno`, with the C library's wording for messages.
public struct SystemError: Error, Equatable, Sendable {
    public let code: Int32

    public init(code: Int32) {
        self.code = code
    }

    /// The current `errno`; call right after the failing call, before anything else can reset it.
    public static var current: SystemError { SystemError(code: errno) }

    public var message: String { ErrorWording.errnoText(code) }
}

extension SystemError: LocalizedError {
    public var errorDescription: String? { message }
}
