/// The member names an object may have, named by an enum whose raw values
/// are the names, prepared for `JSONReader.nextField`, which matches a key
/// against all of them at once instead of the decoder comparing it with each
/// name in turn.
///
/// Each name is kept as its length and its bytes in two 64-bit words: a key
/// read the same way matches in three comparisons. Names are plain ASCII,
/// 1 to 16 bytes (the snapshot format's longest is 14).
struct JSONFields<Field: CaseIterable & RawRepresentable>: @unchecked Sendable where Field.RawValue == String {
    /// What `nextField` read.
    enum Member {
        case known(Field)
        /// A key that is none of the names; its value must still be consumed.
        case unknown
    }

    struct Name {
        let length: Int
        let low: UInt64
        let high: UInt64
    }

    /// In the enum's order. Allocated once per object kind and never freed:
    /// a static table, read without bounds or uniqueness checks.
    let names: UnsafeBufferPointer<Name>
    private let fields: UnsafeBufferPointer<Field>

    init() {
        let fields = Array(Field.allCases)
        precondition(fields.count <= 32, "JSONReader keeps one bit per field in 32")
        let names = fields.map { field -> Name in
            let bytes = Array(field.rawValue.utf8)
            precondition((1...16).contains(bytes.count) && bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C },
                         "a field name must be 1 to 16 plain ASCII bytes: \(field.rawValue)")
            return Name(length: bytes.count, low: JSONFields.word(bytes, from: 0), high: JSONFields.word(bytes, from: 8))
        }
        self.names = UnsafeBufferPointer(Self.immortalCopy(of: names))
        self.fields = UnsafeBufferPointer(Self.immortalCopy(of: fields))
    }

    var count: Int { names.count }

    /// The field at `index` (0 ..< count).
    @inline(__always)
    func field(_ index: Int) -> Field { fields[index] }

    /// The index of the name of `length` bytes whose words are `low` and
    /// `high` (bytes past the length zero), or nil. `hint` is tried first:
    /// producers write members in the same order each time.
    @inline(__always)
    func index(length: Int, low: UInt64, high: UInt64, hint: Int) -> Int? {
        if hint < names.count, matches(names[hint], length, low, high) { return hint }
        for index in 0..<names.count where matches(names[index], length, low, high) { return index }
        return nil
    }

    /// The index of the name spelled `bytes` (decoded, for keys with escapes), or nil.
    func index(of bytes: [UInt8]) -> Int? {
        guard (1...16).contains(bytes.count) else { return nil }
        return index(length: bytes.count, low: JSONFields.word(bytes, from: 0), high: JSONFields.word(bytes, from: 8), hint: 0)
    }

    @inline(__always)
    private func matches(_ name: Name, _ length: Int, _ low: UInt64, _ high: UInt64) -> Bool {
        name.length == length && name.low == low && name.high == high
    }

    /// Bytes `start ..< start + 8` of `bytes` as a little-endian word, zero past the end.
    private static func word(_ bytes: [UInt8], from start: Int) -> UInt64 {
        var word: UInt64 = 0
        for offset in 0..<8 where start + offset < bytes.count {
            word |= UInt64(bytes[start + offset]) << (8 * offset)
        }
        return word
    }

    private static func immortalCopy<Element>(of elements: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let copy = UnsafeMutableBufferPointer<Element>.allocate(capacity: elements.count)
        _ = copy.initialize(from: elements)
        return copy
    }
}
