/// How a `SnapshotSource` learns about changes.
public enum WatchMode: Equatable, Sendable {
    /// inotify, unless it cannot be had (no instances or watches left, or the
    /// directory is on a network or FUSE file system, where inotify does not
    /// hear other machines' writes); then polling every second.
    case automatic
    /// inotify only. When it cannot be set up the source reports a problem and retries.
    case inotify
    /// `stat` every snapshot file every `intervalMilliseconds` (for file systems
    /// inotify cannot see, and for tests of the fallback).
    case polling(intervalMilliseconds: Int)

    /// The polling interval `automatic` falls back to: producers write every few
    /// minutes, so a second is prompt and costs one directory read and a few stats.
    public static let fallbackPollingIntervalMilliseconds = 1000
}
