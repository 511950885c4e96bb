import DashboardCore
import DashboardUI

/// Time travel to a moment the store no longer keeps whole: its file is read
/// again (validated again, as any file) and handed back to `update`, which
/// shows it or says plainly that it is gone. The dashboard and `render --at`
/// both answer `Effect.rereadSnapshot` here.
enum SnapshotReread {
    static func answer(_ effects: [Effect], loader: SnapshotLoader, now: Instant, state: inout AppState) {
        for case .rereadSnapshot(let path) in effects {
            state.update(.snapshotReread(loader.load(path: path, now: now)))
        }
    }
}
