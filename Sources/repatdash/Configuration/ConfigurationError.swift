/// A config file the dashboard will not start with: every problem found, in
/// line order, so one edit can fix them all.
struct ConfigurationError: Error, CustomStringConvertible {
    let problems: [ConfigurationProblem]

    init(_ problems: [ConfigurationProblem]) {
        self.problems = problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) }
    }

    var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
