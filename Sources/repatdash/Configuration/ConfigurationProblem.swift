/// One thing wrong with a config file, located as compilers do (`FILE:LINE:`)
/// so an editor or a terminal can jump to it.
struct ConfigurationProblem: Equatable, CustomStringConvertible {
    let file: String
    /// Nil when the problem is the file as a whole (missing, unreadable).
    let line: Int?
    let message: String

    var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}
