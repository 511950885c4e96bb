import DashboardCore

/// How the screen names what "Change" compares with, so the base of a
/// figure is never silent: `Δ vs 19:15` (the snapshot before), `Δ since 08:00`
/// (start of shift), `Δ 24h`; `Δ oldest 09:10` when the moment asked for is
/// older than the history and the oldest kept snapshot stands in. In ASCII,
/// `Chg` stands for `Δ` (`TableGlyphs.delta`).
enum BaselineText {
    /// The Change column's title.
    static func columnTitle(_ baseline: Baseline, shown: Instant, zone: SnapshotTimeZone, delta: String) -> String {
        guard let time = baseline.time else { return "Change" }
        let delta = delta + " "
        if baseline.isOlderThanHistory { return delta + "oldest " + clock(time, shown: shown, zone: zone) }
        switch baseline.request {
        case .previous: return delta + "vs " + clock(time, shown: shown, zone: zone)
        case .shiftStart(let start): return delta + "since " + clock(start, shown: shown, zone: zone)
        case .dayAgo: return delta + "24h"
        // The snapshot answering an arbitrary moment may be well before it: name the snapshot.
        case .at: return delta + "vs " + clock(time, shown: shown, zone: zone)
        }
    }

    /// `19:15`, or `08-17 19:15` when it is not the day of the snapshot shown.
    static func clock(_ instant: Instant, shown: Instant, zone: SnapshotTimeZone) -> String {
        let text = DateText.minute(instant, in: zone)
        let sameDay = zone.day(of: instant) == zone.day(of: shown)
        // `2025-04-07 21:00 PKT`: drop the year (and the day when it is today) and the zone.
        let parts = text.split(separator: " ")
        return sameDay ? String(parts[1]) : String(parts[0].dropFirst(5)) + " " + parts[1]
    }

    /// For the status line and exports: what is compared with, and which snapshot answers it.
    static func sentence(_ baseline: Baseline, zone: SnapshotTimeZone) -> String {
        guard let time = baseline.time else { return "Change: nothing to compare with (no earlier snapshot kept)" }
        let snapshot = DateText.minute(time, in: zone)
        let asked: String
        switch baseline.request {
        case .previous: return "Change compares with the previous snapshot, \(snapshot)"
        case .shiftStart(let start): asked = "the start of shift, " + DateText.minute(start, in: zone)
        case .dayAgo(let wanted): asked = "24 h ago, " + DateText.minute(wanted, in: zone)
        case .at(let wanted): asked = DateText.minute(wanted, in: zone)
        }
        if baseline.isOlderThanHistory {
            return "Change compares with \(asked): older than the history kept, so with the oldest kept snapshot, \(snapshot)"
        }
        return "Change compares with \(asked) (snapshot \(snapshot))"
    }

    /// The key word of the choice, for exports: `previous`, `shift-start`, `24h`, `at`.
    static func kind(_ baseline: Baseline) -> String {
        switch baseline.request {
        case .previous: BaselineChoice.previous.rawValue
        case .shiftStart: BaselineChoice.shiftStart.rawValue
        case .dayAgo: BaselineChoice.dayAgo.rawValue
        case .at: "at"
        }
    }
}
