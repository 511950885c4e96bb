/// How the model keeps a count of people: 32 bits, -1 for "not given".
///
/// A camp is kept and copied by the ten thousand; with its counts as `Int?`
/// (nine bytes, padded to sixteen) it took 144 bytes, and as `Int32` 64.
/// A snapshot's counts are at most 100,000,000 (snapshot-v1.md), far inside
/// 32 bits; a value outside 0 ... Int32.max made in code is a programming
/// error and stops the program.
enum CompactCount {
    static let absent: Int32 = -1

    @inline(__always)
    static func store(_ value: Int?) -> Int32 {
        guard let value else { return absent }
        return store(value)
    }

    @inline(__always)
    static func store(_ value: Int) -> Int32 {
        precondition(value >= 0 && value <= Int(Int32.max), "a count of people is 0 to \(Int32.max), got \(value)")
        return Int32(truncatingIfNeeded: value)
    }

    @inline(__always)
    static func load(_ stored: Int32) -> Int? {
        stored < 0 ? nil : Int(stored)
    }
}
