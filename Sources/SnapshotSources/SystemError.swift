import DashboardCore
import Glibc

/// A failed system call's `errno`, with the C library's wording for messages.
struct SystemError: Error, Equatable {
    let code: Int32

    /// The current `errno`; call right after the failing call, before anything else can reset it.
    static var current: SystemError { SystemError(code: errno) }

    var message: String { ErrorWording.errnoText(code) }
}
