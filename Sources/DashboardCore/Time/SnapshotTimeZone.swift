import Foundation

/// The IANA zone that defines "a day" for a snapshot's crossings and how its
/// times are shown. Wraps Foundation's TimeZone so the rest of the core asks
/// one question: what is the offset at this instant.
public struct SnapshotTimeZone: Sendable, Equatable {
    public let identifier: String
    private let zone: TimeZone

    /// Nil when the identifier names no zone this system knows.
    public init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        self.zone = zone
    }

    public static let `default` = SnapshotTimeZone(identifier: Snapshot.defaultTimeZoneIdentifier)
        ?? SnapshotTimeZone(fixedOffsetIdentifier: Snapshot.defaultTimeZoneIdentifier, seconds: 5 * 3600)

    private init(fixedOffsetIdentifier: String, seconds: Int) {
        identifier = fixedOffsetIdentifier
        zone = TimeZone(secondsFromGMT: seconds)!
    }

    public func utcOffsetSeconds(at instant: Instant) -> Int32 {
        Int32(zone.secondsFromGMT(for: instant.date))
    }

    /// The calendar day in this zone that contains `instant`.
    public func day(of instant: Instant) -> CalendarDay {
        instant.day(atOffset: utcOffsetSeconds(at: instant))
    }

    /// Short name for the zone at that instant (`PKT`), for the status line.
    public func abbreviation(at instant: Instant) -> String {
        zone.abbreviation(for: instant.date) ?? identifier
    }
}
