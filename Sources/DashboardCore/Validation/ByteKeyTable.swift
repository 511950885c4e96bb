import Foundation

/// A set of byte strings, each with a value. The decoder uses it to refuse a
/// repeated id or crossing row and say where the first one stood
/// (`IdentifierRegistry`, `CrossingRowRegistry`) and to share repeated names
/// (`TextInterner`); the figures use it to look ids up (`IdentifierTable`).
///
/// A hash table of its own rather than `[String: Value]`: Swift's String
/// hashing (SipHash, Unicode-aware) and the String each key would need took
/// a tenth of decoding a large snapshot (callgrind). Keys here are compared
/// as bytes, which is what ids and rows are (ids are ASCII by their
/// pattern; a crossing's point is compared as written, decoded), so FNV-1a
/// and `memcmp` are enough. The keys' bytes are copied into one arena: no
/// allocation or reference counting per key.
struct ByteKeyTable<Value> {
    fileprivate struct Entry {
        let hash: UInt64
        let start: Int
        let length: Int
        let value: Value
    }

    private var arena: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing: entry index + 1, 0 for an empty slot; a power of two
    /// long, at least twice the entries.
    private var slots: [Int32]

    /// Room for `minimumCapacity` keys before the table grows.
    init(minimumCapacity: Int = 512) {
        var slotCount = 16
        while slotCount < minimumCapacity * 2 { slotCount *= 2 }
        slots = [Int32](repeating: 0, count: slotCount)
        entries.reserveCapacity(minimumCapacity)
    }

    /// Records `key` with `value`; when the key was recorded before, returns
    /// its first value and records nothing.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Value) -> Value? {
        let hash = ByteKeyTable.hash(key)
        switch find(key, hash: hash) {
        case .found(let first): return first
        case .free(let slot):
            entries.append(Entry(hash: hash, start: arena.count, length: key.count, value: value))
            arena.append(contentsOf: key)
            slots.withUnsafeMutableBufferPointer { $0[slot] = Int32(truncatingIfNeeded: entries.count) }
            if entries.count * 2 > slots.count { grow() }
            return nil
        }
    }

    /// Whether `body` holds for every key (as bytes) and its value.
    func allSatisfy(_ body: (UnsafeBufferPointer<UInt8>, Value) -> Bool) -> Bool {
        arena.withUnsafeBufferPointer { arena in
            entries.allSatisfy { body(UnsafeBufferPointer(rebasing: arena[$0.start..<$0.start + $0.length]), $0.value) }
        }
    }

    /// The value recorded with `key`, if any.
    func value(_ key: UnsafeBufferPointer<UInt8>) -> Value? {
        if case .found(let value) = find(key, hash: ByteKeyTable.hash(key)) { return value }
        return nil
    }

    private enum Lookup {
        case found(Value)
        /// Not there; the empty slot where it would go.
        case free(Int)
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Lookup {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let occupant = slots.withUnsafeBufferPointer { $0[slot] }
            if occupant == 0 { return .free(slot) }
            let entry = entries.withUnsafeBufferPointer { $0[Int(occupant) - 1] }
            if entry.hash == hash, entry.length == key.count, arena.withUnsafeBufferPointer({
                key.isEmpty || memcmp($0.baseAddress! + entry.start, key.baseAddress!, key.count) == 0
            }) {
                return .found(entry.value)
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        slots.withUnsafeMutableBufferPointer { slots in
            for (index, entry) in entries.enumerated() {
                var slot = Int(truncatingIfNeeded: entry.hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(truncatingIfNeeded: index + 1)
            }
        }
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return hash
    }
}

extension ByteKeyTable: Sendable where Value: Sendable {}
extension ByteKeyTable: Equatable where Value: Equatable {
    /// The same keys with the same values (in any order).
    static func == (lhs: ByteKeyTable, rhs: ByteKeyTable) -> Bool {
        lhs.entries.count == rhs.entries.count && lhs.allSatisfy { key, value in rhs.value(key) == value }
    }
}
extension ByteKeyTable.Entry: Sendable where Value: Sendable {}
