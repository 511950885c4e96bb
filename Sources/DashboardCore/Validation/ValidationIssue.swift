/// One problem found in a snapshot file. Errors reject the snapshot; warnings
/// leave it in use (snapshot-v1.md, "Errors and warnings").
public struct ValidationIssue: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable {
        case error, warning
    }

    public let severity: Severity
    public let path: JSONPath
    public let message: String
    /// Where in the file, when known (syntax errors and duplicate keys).
    public let line: Int?
    public let column: Int?

    public init(_ severity: Severity, _ path: JSONPath, _ message: String, line: Int? = nil, column: Int? = nil) {
        self.severity = severity
        self.path = path
        self.message = message
        self.line = line
        self.column = column
    }

    /// `districts[3].camps[2].population: must be ..., got -12`; warnings say so.
    public var description: String {
        var text = "\(path): " + (severity == .warning ? "warning: " : "") + message
        if let line, let column { text += " (line \(line), column \(column))" }
        return text
    }
}
