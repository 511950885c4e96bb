/// Why `repatdash replay` cannot go on.
public struct ReplayError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
