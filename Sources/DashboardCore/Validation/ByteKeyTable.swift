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
/// pattern; a crossing's point is compared as written, decoded), so a word
/// hash and `memcmp` are enough. The keys' bytes are copied into one arena: no
/// allocation or reference counting per key.
///
/// Each slot holds, beside the entry's index, 32 bits of the key's hash (a
/// tag): a probe that meets another key's slot tells it apart there, without
/// loading that entry or its bytes. Most probes of the decoder are misses (a
/// new id is looked for before it is recorded), and each entry loaded was a
/// cache miss on a large snapshot (callgrind: the camp-id table was 13% of
/// a load, three dependent loads per lookup).
struct ByteKeyTable<Value> {
    fileprivate struct Entry {
        let hash: UInt64
        let start: Int
        let length: Int
        let value: Value
    }

    private var arena: [UInt8] = []
    private var entries: [Entry] = []
    /// Open addressing: the hash's high 32 bits (the tag) above entry index
    /// + 1, 0 for an empty slot; a power of two long, at least twice the entries.
    private var slots: [UInt64]

    /// Room for `minimumCapacity` keys before the table grows.
    init(minimumCapacity: Int = 512) {
        var slotCount = 16
        while slotCount < minimumCapacity * 2 { slotCount *= 2 }
        slots = [UInt64](repeating: 0, count: slotCount)
        entries.reserveCapacity(minimumCapacity)
        arena.reserveCapacity(minimumCapacity * 24) // ids of some 20 bytes: room to grow past them without a copy
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
            slots.withUnsafeMutableBufferPointer { $0[slot] = ByteKeyTable.slot(hash: hash, entry: entries.count - 1) }
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
        let tag = hash >> 32
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let occupant = slots[slot]
                if occupant == 0 { return .free(slot) }
                if occupant >> 32 == tag {
                    let entry = entries.withUnsafeBufferPointer { $0[Int(truncatingIfNeeded: occupant & 0xFFFF_FFFF) - 1] }
                    if entry.hash == hash, entry.length == key.count, arena.withUnsafeBufferPointer({
                        key.isEmpty || memcmp($0.baseAddress! + entry.start, key.baseAddress!, key.count) == 0
                    }) {
                        return .found(entry.value)
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private static func slot(hash: UInt64, entry: Int) -> UInt64 {
        hash & 0xFFFF_FFFF_0000_0000 | UInt64(truncatingIfNeeded: entry + 1)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        slots.withUnsafeMutableBufferPointer { slots in
            for (index, entry) in entries.enumerated() {
                var slot = Int(truncatingIfNeeded: entry.hash) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = ByteKeyTable.slot(hash: entry.hash, entry: index)
            }
        }
    }

    /// Eight bytes at a time (FNV-1a went byte by byte: twenty dependent
    /// multiplications for a camp's id), then mixed so that both the low
    /// bits (the slot) and the high bits (the tag) depend on every byte.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(truncatingIfNeeded: bytes.count) &* multiplier
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return hash }
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))) &* multiplier
            hash ^= hash >> 29
            offset += 8
        }
        if offset < bytes.count {
            var tail: UInt64 = 0
            for shift in 0..<(bytes.count - offset) {
                tail |= UInt64(bytes[offset + shift]) << (8 * UInt64(shift))
            }
            hash = (hash ^ tail) &* multiplier
        }
        hash ^= hash >> 32
        hash = hash &* 0xD6E8_FEB8_6659_FD93
        return hash ^ hash >> 32
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
