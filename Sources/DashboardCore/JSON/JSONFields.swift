/// The member names an object may have, named by an enum whose raw values
/// are the names, prepared for `JSONReader.nextField`, which matches a key
/// against all of them at once instead of the decoder comparing it with each
/// name in turn.
///
/// Each name is kept as its length and its bytes in two 64-bit words, with
/// masks: the 16 bytes after a key's opening quote, loaded as two words,
/// match a name when they agree under its masks and its closing quote
/// follows. No scan for the key's end, no copy. Names are printable ASCII
/// without quotes or backslashes, 1 to 15 bytes (the format's longest is 14).
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
        let lowMask: UInt64
        let highMask: UInt64
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
            precondition((1...15).contains(bytes.count) && bytes.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C },
                         "a field name must be 1 to 15 printable ASCII bytes: \(field.rawValue)")
            let ones = [UInt8](repeating: 0xFF, count: bytes.count)
            return Name(length: bytes.count, low: JSONFields.word(bytes, from: 0), high: JSONFields.word(bytes, from: 8),
                        lowMask: JSONFields.word(ones, from: 0), highMask: JSONFields.word(ones, from: 8))
        }
        self.names = UnsafeBufferPointer(Self.immortalCopy(of: names))
        self.fields = UnsafeBufferPointer(Self.immortalCopy(of: fields))
    }

    /// The field at `index` (0 ..< count).
    @inline(__always)
    func field(_ index: Int) -> Field { fields[index] }

    /// The index of the name that the key starting at `start` (just after
    /// its opening quote) spells, its closing quote included; nil when the
    /// key is none of them, or when fewer than 16 bytes are left (the caller
    /// then reads the key the general way). `hint` is tried first:
    /// producers write members in the same order each time.
    @inline(__always)
    func index(ofKeyAt start: Int, in bytes: UnsafeBufferPointer<UInt8>, hint: Int) -> Int? {
        guard start + 16 <= bytes.count else { return nil }
        let base = UnsafeRawPointer(bytes.baseAddress!) + start
        let low = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
        let high = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        if hint < names.count, matches(names[hint], low, high, base) { return hint }
        for index in 0..<names.count where matches(names[index], low, high, base) { return index }
        return nil
    }

    /// The index of the name spelled `bytes` (decoded, for keys with escapes), or nil.
    func index(of bytes: [UInt8]) -> Int? {
        names.firstIndex { $0.length == bytes.count && $0.low == JSONFields.word(bytes, from: 0) && $0.high == JSONFields.word(bytes, from: 8) }
    }

    /// The name's bytes, then a quote. A name holds no quote or backslash,
    /// so this is the whole key, with no escape in it.
    @inline(__always)
    private func matches(_ name: Name, _ low: UInt64, _ high: UInt64, _ key: UnsafeRawPointer) -> Bool {
        low & name.lowMask == name.low && high & name.highMask == name.high
            && key.load(fromByteOffset: name.length, as: UInt8.self) == UInt8(ascii: "\"")
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
