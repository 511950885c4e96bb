import Foundation
import SnapshotSources

/// Calls `changes()` every 10 ms until `done` holds for everything collected,
/// or 3 seconds pass: events are waited for, never assumed after a fixed sleep.
func collectChanges(
    from source: SnapshotSource, timeoutSeconds: Double = 3,
    until done: ([SnapshotSourceChange]) -> Bool
) -> [SnapshotSourceChange] {
    var collected: [SnapshotSourceChange] = []
    let deadline = Date().addingTimeInterval(timeoutSeconds)
    while true {
        collected += source.changes()
        if done(collected) || Date() >= deadline { return collected }
        usleep(10_000)
    }
}

/// Collects until `path` has been reported updated.
func collectChanges(from source: SnapshotSource, untilUpdated path: String) -> [SnapshotSourceChange] {
    collectChanges(from: source) { $0.contains(.updated(path: path)) }
}

extension Array where Element == SnapshotSourceChange {
    /// Snapshot files present after applying the changes to `initial`.
    func files(startingFrom initial: Set<String> = []) -> Set<String> {
        var files = initial
        for change in self {
            switch change {
            case .updated(let path), .fetched(let path, _): files.insert(path)
            case .removed(let path): files.remove(path)
            case .problem, .recovered: break
            }
        }
        return files
    }

    var updatedPaths: [String] {
        compactMap { if case .updated(let path) = $0 { path } else { nil } }
    }

    var hasProblem: Bool {
        contains { if case .problem = $0 { true } else { false } }
    }
}

/// The modes every watching test runs in: inotify, and the polling fallback with a short interval.
let watchModes: [WatchMode] = [.inotify, .polling(intervalMilliseconds: 20)]
