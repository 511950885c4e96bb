/// One value in a parsed document. Nodes are stored depth-first in one flat
/// array (a "tape"): a container's members follow it, and `end` is the index
/// just past its last descendant, so a reader can skip a whole subtree in one
/// step. Objects store their members as key, value, key, value...
///
/// Strings and numbers are not converted while parsing: a node records where
/// its text is, and the reader converts only what it uses.
public struct JSONNode: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        case object, array, string, number, `true`, `false`, null
    }

    public let kind: Kind
    /// Strings: the text holds a backslash escape. Numbers: the text is a plain
    /// non-negative integer (digits only), the common case for counts.
    let flag: Bool
    /// Byte offset of the text: inside the quotes for strings, the value's first byte otherwise.
    let start: UInt32
    /// Byte length of the text (inside the quotes for strings).
    var length: UInt32
    /// Containers: number of elements, or of key/value pairs for objects.
    var count: UInt32
    /// Index of the first node after this value and everything inside it.
    var end: UInt32

    init(kind: Kind, flag: Bool = false, start: Int, length: Int = 0, count: UInt32 = 0, end: Int) {
        self.kind = kind
        self.flag = flag
        self.start = UInt32(truncatingIfNeeded: start)
        self.length = UInt32(truncatingIfNeeded: length)
        self.count = count
        self.end = UInt32(truncatingIfNeeded: end)
    }
}
