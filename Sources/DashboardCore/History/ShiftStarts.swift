/// When shifts begin (`shift_starts = ["08:00", "20:00"]`), as minutes of the
/// day in the snapshot's time zone: "start of shift" is the latest of them at
/// or before the snapshot on screen.
public struct ShiftStarts: Sendable, Equatable, CustomStringConvertible {
    public static let `default` = ShiftStarts(minutesOfDay: [8 * 60, 20 * 60])!

    /// Sorted, without repeats, each in 0..<1440.
    public let minutesOfDay: [Int]

    public init?(minutesOfDay: [Int]) {
        let sorted = Array(Set(minutesOfDay)).sorted()
        guard !sorted.isEmpty, sorted.allSatisfy({ (0..<1440).contains($0) }) else { return nil }
        self.minutesOfDay = sorted
    }

    /// `["08:00", "20:00"]`; nil when a time is not `HH:MM` (00:00 to 23:59) or the list is empty.
    public init?(parsing times: [String]) {
        var minutes: [Int] = []
        for time in times {
            let parts = time.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
                  let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute)
            else { return nil }
            minutes.append(hour * 60 + minute)
        }
        self.init(minutesOfDay: minutes)
    }

    /// `08:00, 20:00`.
    public var description: String { minutesOfDay.map(ShiftStarts.text(minuteOfDay:)).joined(separator: ", ") }

    public static func text(minuteOfDay: Int) -> String {
        Digits.padded(minuteOfDay / 60, 2) + ":" + Digits.padded(minuteOfDay % 60, 2)
    }

    /// The latest shift start at or before `instant`, in `zone`.
    public func latestStart(atOrBefore instant: Instant, in zone: SnapshotTimeZone) -> Instant {
        let offset = zone.utcOffsetSeconds(at: instant)
        let local = instant.epochSeconds + Int64(offset)
        let dayStart = local - ((local % 86_400) + 86_400) % 86_400
        let minuteNow = Int((local - dayStart) / 60)
        let startLocal: Int64
        if let today = minutesOfDay.last(where: { $0 <= minuteNow }) {
            startLocal = dayStart + Int64(today) * 60
        } else {
            startLocal = dayStart - 86_400 + Int64(minutesOfDay.last!) * 60
        }
        // The offset at the start itself, so a change of offset overnight is honoured.
        let guess = Instant(epochSeconds: startLocal - Int64(offset))
        let startOffset = zone.utcOffsetSeconds(at: guess)
        return Instant(epochSeconds: startLocal - Int64(startOffset), utcOffsetSeconds: startOffset)
    }
}
