import DashboardCore

/// Names of the files `repatdash replay` writes: `replay-20261123T101500Z-0001.json`,
/// the new `generated_at` in UTC to the whole second (so names sort like the
/// times they hold, whatever offset the snapshots use) and a running number
/// that keeps names unique, and in order, when several files share a second.
public enum ReplayFileNames {
    public static let prefix = "replay-"

    public static func name(for instant: Instant, sequence: Int) -> String {
        let wholeSecond = Instant(epochSeconds: instant.epochSeconds)
        let compactTime = wholeSecond.formatted(utcOffsetSeconds: 0).filter { $0 != "-" && $0 != ":" }
        let number = String(sequence)
        return prefix + compactTime + "-" + number.leftPadded(to: 4) + ".json"
    }
}
