import Testing
@testable import DashboardCore

/// `ByteKeyTable` against `Dictionary`, the general way it replaced: the
/// word hash reads keys eight bytes at a time with a tail, and the slots'
/// tags decide most probes without the entry, so keys of every length, keys
/// that differ in one byte anywhere, and tables that grow from the smallest
/// size must all be found as a dictionary finds them.
@Suite struct ByteKeyTableTests {
    static func insert(_ key: [UInt8], _ value: Int, into table: inout ByteKeyTable<Int>) -> Int? {
        key.withUnsafeBufferPointer { table.insert($0, value: value) }
    }

    static func value(_ key: [UInt8], in table: ByteKeyTable<Int>) -> Int? {
        key.withUnsafeBufferPointer { table.value($0) }
    }

    @Test func agreesWithADictionaryOnKeysThatDifferInOneByte() {
        var table = ByteKeyTable<Int>(minimumCapacity: 1)
        var dictionary: [[UInt8]: Int] = [:]
        var value = 0
        // Every length from 0 to 70 (every tail length, several words), and
        // each byte of each key changed in turn: only that byte tells them apart.
        for length in 0...70 {
            let base = (0..<length).map { UInt8(ascii: "a") &+ UInt8($0 % 26) }
            var keys = [base]
            for position in 0..<length {
                var changed = base
                changed[position] = UInt8(ascii: "-")
                keys.append(changed)
            }
            for key in keys {
                value += 1
                let first = Self.insert(key, value, into: &table)
                #expect(first == dictionary[key], "insert of \(key.count) bytes")
                if dictionary[key] == nil { dictionary[key] = value }
            }
        }
        #expect(dictionary.count == 1 + (1...70).reduce(0) { $0 + $1 + 1 })
        for (key, expected) in dictionary {
            #expect(Self.value(key, in: table) == expected)
            #expect(Self.value(key + [0], in: table) == nil)
        }
        // Keys recorded again keep their first value.
        for (key, expected) in dictionary {
            #expect(Self.insert(key, -1, into: &table) == expected)
        }
    }

    /// Ids as a large snapshot writes them, far past the first capacity.
    @Test func agreesWithADictionaryAtScale() {
        var table = ByteKeyTable<Int>(minimumCapacity: 1)
        var dictionary: [[UInt8]: Int] = [:]
        for index in 0..<60_000 {
            let key = Array("kp-district-\(index % 40_000)-camp".utf8) // the last 20,000 repeat the first
            let first = Self.insert(key, index, into: &table)
            #expect(first == dictionary[key])
            if dictionary[key] == nil { dictionary[key] = index }
        }
        #expect(dictionary.count == 40_000)
        var missing = 0
        for (key, expected) in dictionary where Self.value(key, in: table) != expected { missing += 1 }
        #expect(missing == 0)
    }
}
