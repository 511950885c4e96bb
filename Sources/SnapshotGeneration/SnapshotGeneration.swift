import DashboardCore
import Foundation

// Producer-side helpers shared by the synthetic generator and the bundled
// illustrative samples: a seedable PRNG, integer splitting, local-time
// instants, file names and atomic writes.

/// SplitMix64 (Steele, Lea and Flood; the seeding generator of xoshiro).
/// Swift's default generator cannot be seeded, and the standard library's
/// `random(in:using:)` may change its algorithm between releases, so every
/// draw used for generation goes through the methods below, which are fixed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one entity of a seeded world: the same `parts` always
    /// give the same stream, independent of how many draws other entities used.
    public init(seed: UInt64, _ parts: Int...) {
        var mixed = SplitMix64.finalize(seed ^ 0x6A09_E667_F3BC_C908)
        for part in parts {
            mixed = SplitMix64.finalize((mixed ^ UInt64(bitPattern: Int64(part))) &+ 0x9E37_79B9_7F4A_7C15)
        }
        state = mixed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.finalize(state)
    }

    /// A whole number in `range` (multiply-shift; the bias is below 2^-32 for
    /// the spans used here).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let span = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        if span == 0 { return Int(Int64(bitPattern: next())) } // the full 64-bit range
        return range.lowerBound &+ Int(Int64(bitPattern: next().multipliedFullWidth(by: span).high))
    }

    /// A double in 0..<1 with 53 random bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A double in `lower..<upper`.
    public mutating func double(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * unit()
    }

    /// True with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    private static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Splits a whole into parts that never sum past it.
enum Split {
    /// `floor(whole * weight / denominator)` for each weight. With
    /// `denominator >= weights.sum()`, the parts sum to at most `whole`.
    static func parts(of whole: Int, weights: [Int], denominator: Int) -> [Int] {
        precondition(denominator > 0 && weights.reduce(0, +) <= denominator)
        return weights.map { whole * $0 / denominator }
    }
}

extension Instant {
    /// The instant at `hour:minute:second` on `day`, local time at `offset`
    /// seconds east of UTC, written with that offset.
    static func local(_ day: CalendarDay, _ hour: Int, _ minute: Int = 0, _ second: Int = 0, offset: Int32) -> Instant {
        let local = Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        return Instant(epochSeconds: local - Int64(offset), utcOffsetSeconds: offset)
    }

    /// Seconds since local midnight at `offset`.
    func secondOfDay(atOffset offset: Int32) -> Int {
        let local = epochSeconds + Int64(offset)
        let remainder = local % 86_400
        return Int(remainder >= 0 ? remainder : remainder + 86_400)
    }
}

/// Snapshot files on disk, written the way the spec asks producers to.
public enum SnapshotFiles {
    /// `2025-04-07T1800.json`: the snapshot's `generated_at` in its own
    /// offset; seconds are added (`2025-04-07T180030.json`) only when not zero.
    public static func fileName(for instant: Instant) -> String {
        let offset = instant.utcOffsetSeconds
        let day = instant.day(atOffset: offset)
        let second = instant.secondOfDay(atOffset: offset)
        var name = day.description + "T" + twoDigits(second / 3600) + twoDigits(second / 60 % 60)
        if second % 60 != 0 { name += twoDigits(second % 60) }
        return name + ".json"
    }

    /// Writes `bytes` to a fresh temporary dot-name in the same directory,
    /// then renames it over `url` (atomic on one file system), so a reader
    /// never sees half a file; see `AtomicFileWriter`.
    public static func writeAtomically(_ bytes: [UInt8], to url: URL) throws {
        try AtomicFileWriter.write(bytes, to: url.path)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0" + String(value) : String(value)
    }
}
