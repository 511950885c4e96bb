import DashboardCore

/// What the screen says while it shows a kept moment instead of the newest
/// snapshot: plainly, in words that read without colour.
enum TimeTravelText {
    /// `VIEWING 12:00 · 2 back · ] to return`.
    static func banner(_ travel: TimeTravel, stepsBack: Int, zone: SnapshotTimeZone, separator: String) -> String {
        let time = BaselineText.clock(travel.time, shown: travel.time, zone: zone)
        return ["VIEWING " + time, "\(stepsBack) back", "] to return"].joined(separator: separator)
    }

    /// Why a kept moment's tables cannot be drawn.
    static func unreadable(_ file: SnapshotFile, wanted: Instant, zone: SnapshotTimeZone) -> String {
        let when = DateText.minute(wanted, in: zone)
        let path = TerminalSafeText.sanitize(file.path)
        if let snapshot = file.report.snapshot {
            return "The snapshot of \(when) is no longer in \(path): the file now holds the one of \(DateText.minute(snapshot.generatedAt, in: zone)). Its totals stay in the history; [ and ] move on."
        }
        return "The snapshot of \(when) can no longer be read from \(path) (deleted or changed). Its totals stay in the history; [ and ] move on."
    }
}
