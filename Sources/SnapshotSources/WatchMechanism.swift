/// What a `SnapshotSource` is actually using right now (`WatchMode.automatic`
/// resolves to one of these, and may move from inotify to polling).
public enum WatchMechanism: Equatable, Sendable {
    case inotify
    case polling(intervalMilliseconds: Int)
}
