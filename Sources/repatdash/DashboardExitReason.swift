import Glibc

/// Why the dashboard ended, for the log's last line.
enum DashboardExitReason: Equatable, CustomStringConvertible {
    /// `q` or Ctrl-C typed as a key.
    case quitKey
    /// SIGINT, SIGTERM or SIGHUP.
    case signal(Int32)
    /// The terminal hung up without a SIGHUP (poll reported POLLHUP on stdin).
    case terminalHungUp

    var description: String {
        switch self {
        case .quitKey: "quit key"
        case .signal(let number): Self.signalName(number)
        case .terminalHungUp: "terminal hung up"
        }
    }

    static func signalName(_ number: Int32) -> String {
        switch number {
        case SIGINT: "SIGINT"
        case SIGTERM: "SIGTERM"
        case SIGHUP: "SIGHUP"
        default: "signal \(number)"
        }
    }
}
