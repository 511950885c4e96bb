import DashboardCore

/// Small valid snapshots, told apart by `source`.
enum SnapshotTexts {
    static func snapshot(at time: String, source: String = "test") -> Snapshot {
        Snapshot(generatedAt: Instant(rfc3339: time)!, source: source)
    }

    static func valid(at time: String, source: String = "test") -> String {
        String(decoding: SnapshotEncoder(pretty: true).encode(snapshot(at: time, source: source)), as: UTF8.self)
    }

    /// The first half of a valid snapshot, as a reader may catch a file being written.
    static func truncated(at time: String) -> String {
        let text = valid(at: time)
        return String(text.prefix(text.count / 2))
    }

    static let now = Instant(rfc3339: "2025-04-07T19:00:00+05:00")!
}
