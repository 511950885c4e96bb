/// Why some bytes are not a JSON document, and where: byte offset, line and
/// column (1-based, columns in characters), and the path of the value being read.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public let offset: Int
    public let line: Int
    public let column: Int
    public let path: JSONPath

    public init(message: String, offset: Int, line: Int, column: Int, path: JSONPath) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
        self.path = path
    }

    public var description: String { "line \(line), column \(column): \(message)" }
}
