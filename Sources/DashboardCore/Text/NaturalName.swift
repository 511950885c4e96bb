/// A name with its `NaturalOrder` key made once, for sorting many names:
/// comparing two is then a byte comparison, and only names that fold to the
/// same key compare their exact spelling.
public struct NaturalName: Comparable, Sendable {
    public let text: String
    let key: [UInt8]

    public init(_ text: String) {
        self.text = text
        key = NaturalOrder.key(of: text)
    }

    public static func < (a: NaturalName, b: NaturalName) -> Bool {
        a.key != b.key ? a.key.lexicographicallyPrecedes(b.key) : a.text < b.text
    }

    public static func == (a: NaturalName, b: NaturalName) -> Bool { a.text == b.text }
}
