/// One column of the CSV and JSON exports. A column on screen can become
/// more than one field: "Camps" (`3/4`) is `camps_open` and `camps_total`,
/// so that each field holds one plain value.
public struct TableExportField: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case text
        case integer
        case boolean
        /// `YYYY-MM-DD`, written as text.
        case date
    }

    /// The JSON key: lower case, words joined with `_`.
    public let id: String
    /// The CSV header.
    public let title: String
    public let kind: Kind
    /// For the JSON `columns` list, where a field's meaning is not obvious from its title.
    public let description: String?

    public init(id: String, title: String, kind: Kind, description: String? = nil) {
        self.id = id
        self.title = title
        self.kind = kind
        self.description = description
    }
}
