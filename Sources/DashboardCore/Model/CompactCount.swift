/// A count of people kept in 32 bits, -1 for "not given", behind an `Int?`.
///
/// A camp is kept and copied by the ten thousand; with its counts as `Int?`
/// (nine bytes, padded to sixteen) it took 144 bytes, and with these 64.
/// A snapshot's counts are at most 100,000,000 (snapshot-v1.md), far inside
/// 32 bits; a value outside 0 ... Int32.max made in code is a programming
/// error and stops the program.
@propertyWrapper
public struct CompactCount: Sendable, Equatable {
    private var stored: Int32

    public init(wrappedValue: Int?) {
        stored = CompactCount.store(wrappedValue)
    }

    public var wrappedValue: Int? {
        get { stored < 0 ? nil : Int(stored) }
        set { stored = CompactCount.store(newValue) }
    }

    private static func store(_ value: Int?) -> Int32 {
        guard let value else { return -1 }
        precondition(value >= 0 && value <= Int(Int32.max), "a count of people is 0 to \(Int32.max), got \(value)")
        return Int32(truncatingIfNeeded: value)
    }
}
