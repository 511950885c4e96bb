/// The ids of one kind seen so far in a snapshot (districts, camps,
/// deadlines), each with where it first appeared, to refuse a repeat.
///
/// A hash table of its own rather than `[String: ...]`: Swift's String
/// hashing (SipHash, Unicode-aware) took a twentieth of decoding a large
/// snapshot, and ids are plain bytes (their pattern allows ASCII only), so
/// FNV-1a over the bytes and a byte comparison are enough.
struct IdentifierRegistry {
    /// Where an id stands: `districts[3]`, or `districts[3].camps[2]` for camps.
    struct Position {
        let index: Int32
        let campIndex: Int32

        init(_ index: Int, camp: Int? = nil) {
            self.index = Int32(truncatingIfNeeded: index)
            self.campIndex = Int32(truncatingIfNeeded: camp ?? -1)
        }

        /// The path of the object holding the id, in an array named `array`.
        func path(in array: String) -> JSONPath {
            let path = JSONPath.root.appending(array).appending(Int(index))
            return campIndex < 0 ? path : path.appending("camps").appending(Int(campIndex))
        }
    }

    private struct Entry {
        let hash: UInt64
        let id: String
        let position: Position
    }

    /// What the ids name, and the array of the snapshot that holds them, for messages.
    let kind: String
    let array: String
    private var entries: [Entry] = []
    /// Open addressing: entry index + 1, 0 for an empty slot; a power of two long.
    private var slots = [Int32](repeating: 0, count: 1024)

    init(kind: String, array: String) {
        self.kind = kind
        self.array = array
    }

    /// Reads an `id` that must be unique among these; a repeat is an error
    /// that names where the first one stands.
    mutating func readUnique(from reader: inout FieldReader, at position: Position) throws(JSONReadFailure) -> String? {
        guard let id = try reader.identifier() else { return nil }
        if let first = insert(id, at: position) {
            reader.error("duplicate \(kind) id \(reader.quoted(id)) (first at \(first.path(in: array)))")
            return nil
        }
        return id
    }

    /// Records `id` at `position`; when it was seen before, returns where, and records nothing.
    mutating func insert(_ id: String, at position: Position) -> Position? {
        let hash = IdentifierRegistry.hash(id)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if entry.hash == hash, entry.id == id { return entry.position }
            slot = (slot + 1) & mask
        }
        entries.append(Entry(hash: hash, id: id, position: position))
        slots[slot] = Int32(truncatingIfNeeded: entries.count)
        if entries.count * 2 > slots.count { grow() }
        return nil
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(truncatingIfNeeded: index + 1)
        }
    }

    private static func hash(_ id: String) -> UInt64 {
        var id = id
        return id.withUTF8 { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
            }
            return hash
        }
    }
}
