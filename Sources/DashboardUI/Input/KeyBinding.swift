/// One line of the key table: the keys (each with what it does), where they
/// work, and the words that the `?` help and the man page show for them.
public struct KeyBinding: Sendable {
    public let keys: [(key: Key, action: KeyAction)]
    public let context: KeyContext
    /// Lower case, no full stop: `sort by the next column`. The man page
    /// starts the key's paragraph with it (capitalised, with a full stop).
    public let description: String

    /// Keys that all do the same.
    public init(_ keys: [Key], _ action: KeyAction, _ context: KeyContext, _ description: String) {
        self.init(keys.map { ($0, action) }, context, description)
    }

    /// Keys that do related things, listed together (`↑ ↓ j k`).
    public init(_ keys: [(Key, KeyAction)], _ context: KeyContext, _ description: String) {
        self.keys = keys.map { (key: $0.0, action: $0.1) }
        self.context = context
        self.description = description
    }

    func action(for key: Key) -> KeyAction? {
        keys.first { $0.key == key }?.action
    }
}
