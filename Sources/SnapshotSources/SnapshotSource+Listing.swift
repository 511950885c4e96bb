import DashboardCore
import Glibc

/// Listing and `stat`: a polling pass, and the catch-up after a start, an
/// overflow, a recovery or a rescan in inotify mode.
extension SnapshotSource {
    /// Compares what is there now with what the source knows.
    func scan() {
        if case .polling(let interval) = mechanism { nextPollAt = MonotonicClock.milliseconds() + Int64(interval) }
        if let singleFileName { return scanSingleFile(named: singleFileName) }
        switch DirectoryListing.names(in: directory) {
        case .failure(let error):
            fail(directoryProblem(error))
        case .success(let names):
            problem = nil
            var present = Set<String>()
            // Sorted, so a listing reports in the same order every time.
            for name in names.sorted() where SnapshotLoader.isSnapshotFileName(name) {
                present.insert(name)
                let signature = signature(of: name)
                if known[name] != signature { noteUpdated(name, signature) }
            }
            for name in known.keys.sorted() where !present.contains(name) { noteRemoved(name) }
        }
    }

    private func scanSingleFile(named name: String) {
        switch FileSignature.of(path: path) {
        case .success(let signature):
            problem = nil
            if known[name] != signature { noteUpdated(name, signature) }
        case .failure(let error) where error.code == ENOENT:
            // Missing file in a usable directory: nothing to show, not a problem.
            var status = stat()
            guard stat(directory, &status) == 0 else { return fail(directoryProblem(.current)) }
            guard status.st_mode & S_IFMT == S_IFDIR else { return fail(directoryProblem(SystemError(code: ENOTDIR))) }
            problem = nil
            if known[name] != nil { noteRemoved(name) }
        case .failure(let error):
            fail("snapshot file \(path): \(error.message)")
        }
    }
}
