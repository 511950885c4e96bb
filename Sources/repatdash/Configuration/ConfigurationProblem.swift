import DashboardCore

/// One thing wrong with a config file, located as compilers do (`FILE:LINE:`)
/// so an editor or a terminal can jump to it.
struct ConfigurationProblem: Equatable, CustomStringConvertible {
    let file: String
    /// Nil when the problem is the file as a whole (missing, unreadable).
    let line: Int?
    let message: String

    /// The file name escaped: it may come from the command line or the environment.
    var description: String {
        let file = TerminalSafeText.escaped(file)
        return line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}
