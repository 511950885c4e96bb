import DashboardCore

/// Dates and times as panes print them, always in the snapshot's own zone:
/// an operator in Kabul and one in Peshawar must read the same clock.
enum DateText {
    /// `04-07`: short enough for an axis label; the year is never in doubt
    /// for a window of recent days.
    static func monthDay(_ day: CalendarDay) -> String {
        String(day.description.dropFirst(5))
    }

    /// `2025-04-07 21:00 PKT`.
    static func minute(_ instant: Instant, in zone: SnapshotTimeZone) -> String {
        let text = instant.formatted(utcOffsetSeconds: zone.utcOffsetSeconds(at: instant))
        // RFC 3339 from Instant: `YYYY-MM-DDTHH:MM:SS...`; keep date and minutes.
        let date = text.prefix(10)
        let time = text.dropFirst(11).prefix(5)
        return "\(date) \(time) " + TerminalSafeText.sanitize(zone.abbreviation(at: instant))
    }
}
