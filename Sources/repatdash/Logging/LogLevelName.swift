import ArgumentParser
import Logging

/// The levels `--log-level` accepts: the four an operator needs, not all
/// seven of swift-log (notice is kept for signals and shows from `info` up).
enum LogLevelName: String, CaseIterable, ExpressibleByArgument {
    case debug
    case info
    case warning
    case error

    var level: Logger.Level {
        switch self {
        case .debug: .debug
        case .info: .info
        case .warning: .warning
        case .error: .error
        }
    }
}
