import DashboardCore

/// What one `SnapshotFeed.apply` did to the store.
public struct SnapshotFeedResult: Sendable {
    /// The newest valid snapshot is a different one (or gone): the screen's figures change.
    public var latestChanged = false
    /// Anything in the store changed (history or rejected files): worth a redraw.
    public var storeChanged = false
    /// Files read this round (fewer than were changed when the progress callback stopped the read).
    public var filesRead = 0
    /// Files read this round and rejected, in the order they were read.
    public var rejected: [SnapshotFile] = []
    /// Rejected paths whose last good version stays in use (rewritten badly in place).
    public var lastGoodKept: Set<String> = []
    /// Files read this round that are dated too far ahead of the clock, held aside.
    public var heldAside: [SnapshotStore.Entry] = []
    /// Held-aside files the clock has reached this round, now in the history.
    public var takenIn: [String] = []
    /// Problems the source reported this round (`SnapshotSource.problem` holds the current one).
    public var problems: [String] = []
    /// The source reported that a problem is over.
    public var recovered = false

    public init() {}
}
