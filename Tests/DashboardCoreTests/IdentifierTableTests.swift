import Testing
@testable import DashboardCore

/// The id table behind the per-snapshot figures: it must behave as the
/// `[String: Int]` it replaced, for ids as the format allows them.
@Suite struct IdentifierTableTests {
    @Test func keepsTheFirstValueAndCountsEachIdOnce() {
        var table = IdentifierTable()
        table.insert("kp-peshawar", 1)
        table.insert("kp-peshawar-khazana", 2)
        table.insert("kp-peshawar", 3)
        #expect(table.count == 2)
        #expect(table.value("kp-peshawar") == 1)
        #expect(table.value("kp-peshawar-khazana") == 2)
        #expect(table.value("kp-kohat") == nil)
        #expect(!table.contains("kp-pesh"))
        #expect(!table.contains(""))
    }

    /// Past its first capacity it grows; every id is still found, as with a dictionary.
    @Test func agreesWithADictionaryAtScale() {
        var table = IdentifierTable(minimumCapacity: 4)
        var dictionary: [String: Int] = [:]
        for index in 0..<50_000 {
            let id = "d\(index % 9_000)-c\(index)"
            table.insert(id, index)
            if dictionary[id] == nil { dictionary[id] = index }
        }
        #expect(table.count == dictionary.count)
        #expect(dictionary.allSatisfy { table.value($0.key) == $0.value })
        #expect(!table.contains("d1-c2"))
    }

    @Test func equalityIgnoresOrder() {
        var first = IdentifierTable(), second = IdentifierTable()
        for id in ["a", "b", "c"] { first.insert(id, 1) }
        for id in ["c", "a", "b"] { second.insert(id, 1) }
        #expect(first == second)
        second.insert("d", 1)
        #expect(first != second)
        var third = IdentifierTable()
        for id in ["a", "b", "c"] { third.insert(id, 2) }
        #expect(first != third)
    }
}
