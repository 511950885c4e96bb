import DashboardCore

/// Dates and times as panes print them, always in the snapshot's own zone:
/// an operator in Kabul and one in Peshawar must read the same clock.
enum DateText {
    /// `04-07`: short enough for an axis label, when the year is not in
    /// doubt (see `day(_:in:)`).
    static func monthDay(_ day: CalendarDay) -> String {
        String(day.description.dropFirst(5))
    }

    /// A day of `window` as figures name it: `04-07` while the window lies
    /// within one year, `2024-12-30` when it spans more than one, so
    /// `Total since 12-30` is never read as the coming December.
    static func day(_ day: CalendarDay, in window: ClosedRange<CalendarDay>) -> String {
        spansYears(window) ? day.description : monthDay(day)
    }

    /// `03-31–04-06`, or `2024-12-29–2025-01-04` across a new year; the
    /// dash is the glyph set's (`..` in ASCII, where `-` would merge with
    /// the dates').
    static func range(_ window: ClosedRange<CalendarDay>, glyphs: PaneGlyphs) -> String {
        day(window.lowerBound, in: window) + glyphs.rangeDash + day(window.upperBound, in: window)
    }

    static func spansYears(_ window: ClosedRange<CalendarDay>) -> Bool {
        window.lowerBound.components.year != window.upperBound.components.year
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
