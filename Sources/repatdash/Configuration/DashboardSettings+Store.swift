import DashboardCore
import MappedFiles

extension DashboardSettings {
    /// The snapshots of the one-shot commands (`render`, `check`), judged
    /// against `now`: a directory or a file read whole, or a URL fetched once.
    /// A fetch that brings no body throws its reason (`cannot fetch: …`).
    /// `historyLimit` keeps more whole snapshots than a screen needs (`check`'s
    /// `within_hours` rules look back through every valid file).
    func loadStore(now: Instant, historyLimit: Int = SnapshotStore.defaultHistoryLimit) throws -> SnapshotStore {
        let source = snapshotPath.value
        guard let http = httpSource else {
            // Mapped, not read(): see MappedSnapshotLoading.
            return try SnapshotStore.load(path: source, loader: loader, now: now, historyLimit: historyLimit, shiftHistory: shiftHistory,
                                          reading: { MappedSnapshotLoading.load(path: $0, loader: loader, now: now) })
        }
        switch try FetchedSnapshot.fetch(url: http.url, caFile: http.caFile, loader: loader, now: now) {
        case .success(let file):
            var store = SnapshotStore(historyLimit: historyLimit, futureToleranceSeconds: loader.futureToleranceSeconds,
                                      shiftHistory: shiftHistory)
            store.advanceClock(to: now)
            store.add(file)
            return store
        case .failure(let failure):
            throw DashboardError("\(TerminalSafeText.escaped(source)): cannot fetch: \(failure.reason)")
        }
    }
}
