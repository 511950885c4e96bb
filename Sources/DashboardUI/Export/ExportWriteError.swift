import DashboardCore
import Foundation

/// Why an export file could not be written, in the system's words
/// ("Permission denied", "No space left on device").
struct ExportWriteError: Error, Sendable, CustomStringConvertible {
    let description: String

    init(description: String) {
        self.description = description
    }

    init(_ code: Int32) {
        description = ErrorWording.errnoText(code)
    }
}
