/// District or camp ids, each with a number, for the figures made each time
/// a snapshot arrives (changes since the previous one, what disappeared,
/// which rows to highlight).
///
/// `[String: Int]` and `Set<String>` hash with SipHash over Unicode-
/// normalised text: with 22,000 camps that was a third of a dashboard's work
/// on each new snapshot (perf). Ids are ASCII by their pattern
/// (snapshot-v1.md), so this table hashes and compares their UTF-8 bytes
/// (`ByteKeyTable`), as the decoder does when it checks them for repeats.
/// Not generic on purpose: a generic type used from another module runs
/// unspecialised, through type metadata, slower than the SipHash it replaces.
public struct IdentifierTable: Sendable, Equatable {
    private var table: ByteKeyTable<Int>
    public private(set) var count = 0

    public init(minimumCapacity: Int = 16) {
        table = ByteKeyTable(minimumCapacity: minimumCapacity)
    }

    /// Records `value` for `id`; an id already there keeps its first value.
    public mutating func insert(_ id: String, _ value: Int = 0) {
        var id = id
        if id.withUTF8({ table.insert($0, value: value) }) == nil { count += 1 }
    }

    /// The value recorded for `id`, if any.
    public func value(_ id: String) -> Int? {
        var id = id
        return id.withUTF8 { table.value($0) }
    }

    public func contains(_ id: String) -> Bool { value(id) != nil }
}
