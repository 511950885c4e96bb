/// Which calendar day a snapshot was written on, in its own time zone.
///
/// The format says a crossing row's `date` is a day in the snapshot's
/// `timezone`, and that the row for the snapshot's own day may be partial.
/// So "today" for the figures is the day, in that zone, containing
/// `generated_at` — not the day on the machine showing the dashboard.
public enum SnapshotDay {
    /// The snapshot's zone; the default zone (Asia/Karachi) when the
    /// identifier is unknown to this system, so the figures still have a day.
    public static func timeZone(of snapshot: Snapshot) -> SnapshotTimeZone {
        SnapshotTimeZone(identifier: snapshot.timeZoneIdentifier) ?? .default
    }

    /// The day in the snapshot's zone that contains `generated_at`.
    public static func today(of snapshot: Snapshot) -> CalendarDay {
        timeZone(of: snapshot).day(of: snapshot.generatedAt)
    }
}
