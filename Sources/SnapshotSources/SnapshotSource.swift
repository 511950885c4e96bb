import DashboardCore
import Glibc

/// Watches a directory of snapshots, or one snapshot file, and says which
/// files to read again and which to forget.
///
/// Producers write a temporary name and rename it in, so a directory watch
/// sees IN_MOVED_TO; a producer that rewrites a file in place is heard when it
/// closes the file (IN_CLOSE_WRITE). A single file is watched through its
/// directory, filtered by name: a watch on the file itself would stay on the
/// old inode after a rename-replacement and hear nothing more.
///
/// Meant for the run loop's thread alone: `poll()` `fileDescriptor` (read it
/// afresh each time: `automatic` may drop inotify for polling) beside the
/// terminal, with `millisecondsUntilNextCheck` as the timeout, then call `changes()`.
///
/// A directory that vanishes or cannot be read is a `problem`, never fatal:
/// snapshots already read stay on screen, and the source retries (at most
/// every `retryIntervalMilliseconds`, when `changes()` is called) until it
/// comes back, then reports `recovered` with what differs. When a whole
/// directory is deleted, inotify hears each file's deletion first and reports
/// those as `removed`; polling only sees the directory gone and keeps them
/// until the directory is back.
public final class SnapshotSource {
    public let path: String
    public let kind: SnapshotSourceKind
    public let mode: WatchMode
    /// How often, in inotify mode, a lost or unreadable directory is looked
    /// for again (polling looks on every pass anyway).
    public let retryIntervalMilliseconds: Int
    public internal(set) var mechanism: WatchMechanism
    /// The current problem, for the status line; nil while the source is healthy.
    public internal(set) var problem: String?

    /// The inotify descriptor to `poll()` for reading; nil when polling.
    public var fileDescriptor: Int32? { watcher?.fileDescriptor }

    /// The directory read or watched: `path` itself, or a single file's parent.
    let directory: String
    /// `directory` with a trailing slash, for building paths as `SnapshotLoader.snapshotPaths` does.
    let directoryPrefix: String
    let singleFileName: String?
    var watcher: InotifyWatcher?
    var watchDescriptor: Int32?
    /// Which directory the watch is on: a symbolic link at `directory` may be repointed elsewhere.
    var watchedIdentity: FileIdentity?
    /// When `directory` is itself a symbolic link: a watch on the directory
    /// holding the link, to hear it repointed (`ln -sfn`), and the link's name there.
    var linkWatch: (descriptor: Int32, name: String)?
    /// Every snapshot file reported and not since removed, by name, as it was when last looked at.
    var known: [String: FileSignature] = [:]
    var started = false
    var nextPollAt: Int64 = 0
    var nextRetryAt: Int64 = 0
    var batch = ChangeBatch()

    public init(path: String, kind: SnapshotSourceKind? = nil, mode: WatchMode = .automatic, retryIntervalMilliseconds: Int = 1000) {
        self.path = path
        self.kind = kind ?? SnapshotSourceKind.guess(forPath: path)
        self.mode = mode
        self.retryIntervalMilliseconds = max(1, retryIntervalMilliseconds)
        switch self.kind {
        case .directory:
            directory = path
            singleFileName = nil
        case .file:
            let slash = path.lastIndex(of: "/")
            directory = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
            singleFileName = slash.map { String(path[path.index(after: $0)...]) } ?? path
        }
        directoryPrefix = directory.hasSuffix("/") ? directory : directory + "/"
        switch mode {
        case .polling(let interval):
            mechanism = .polling(intervalMilliseconds: max(1, interval))
        case .inotify, .automatic:
            mechanism = .inotify
            switch InotifyWatcher.open() {
            case .success(let opened): watcher = opened
            case .failure: if mode == .automatic { mechanism = .polling(intervalMilliseconds: WatchMode.fallbackPollingIntervalMilliseconds) }
            // Forced inotify that cannot start: `initialScan` reports it and retries.
            }
        }
    }

    /// Every snapshot file there is now, as `updated` (or a `problem`). Sets up the watch first,
    /// so nothing written while the listing is read is missed (it may be reported twice).
    public func initialScan() -> [SnapshotSourceChange] {
        collect {
            started = true
            establish()
        }
    }

    /// What changed since the last call. Never blocks: drains queued inotify
    /// events, or makes a polling pass when the interval has passed, and
    /// retries a lost directory when the retry interval has passed.
    public func changes() -> [SnapshotSourceChange] {
        collect {
            guard started else {
                started = true
                establish()
                return
            }
            let now = MonotonicClock.milliseconds()
            switch mechanism {
            case .inotify:
                processEvents()
                if needsRetry, now >= nextRetryAt { establish() }
            case .polling:
                if now >= nextPollAt { scan() }
            }
        }
    }

    /// A full listing compared with what the source knows (the operator's
    /// "reload"): catches anything missed, without re-reading unchanged files.
    public func rescan() -> [SnapshotSourceChange] {
        collect {
            started = true
            processEvents()
            if needsRetry { establish() } else if watchIsOnAnotherDirectory { rewatch() } else { scan() }
        }
    }

    /// How long the run loop may sleep before `changes()` has work that no
    /// descriptor will announce (a polling pass or a retry); nil when only
    /// inotify events can bring news.
    public var millisecondsUntilNextCheck: Int? {
        let now = MonotonicClock.milliseconds()
        switch mechanism {
        case .polling: return Int(max(0, nextPollAt - now))
        case .inotify: return needsRetry ? Int(max(0, nextRetryAt - now)) : nil
        }
    }

    // MARK: Watching

    var needsRetry: Bool { problem != nil || watchDescriptor == nil }

    /// Makes sure inotify is watching the directory (or falls back to polling), then lists it.
    func establish() {
        guard case .inotify = mechanism else { return scan() }
        if watcher == nil {
            switch InotifyWatcher.open() {
            case .success(let opened): watcher = opened
            case .failure(let error):
                if mode == .automatic { return fallBackToPolling() }
                return fail("cannot start inotify: \(error.message)")
            }
        }
        if watchDescriptor == nil, let watcher {
            switch watcher.watch(directory: directory) {
            case .success(let added):
                watchDescriptor = added
                watchedIdentity = FileIdentity.of(path: directory)
                watchLink(with: watcher)
                if mode == .automatic, RemoteFileSystems.isRemote(directory: directory) { return fallBackToPolling() }
            case .failure(let error):
                // Out of watches (fs.inotify.max_user_watches) is not the directory's fault.
                if mode == .automatic, error.code == ENOSPC || error.code == ENOMEM { return fallBackToPolling() }
                return fail(directoryProblem(error))
            }
        }
        scan()
    }

    /// inotify follows a symbolic link once, when the watch is added; the
    /// link's own directory is watched too, so its being repointed is heard.
    /// Best effort: without it, `r` (rescan) still notices the new target.
    private func watchLink(with watcher: InotifyWatcher) {
        guard linkWatch == nil, let link = FileIdentity.symbolicLinkParts(of: directory) else { return }
        if case .success(let added) = watcher.watch(directory: link.directory) { linkWatch = (added, link.name) }
    }

    /// True when `directory` now leads to a different directory than the one watched (a repointed link).
    var watchIsOnAnotherDirectory: Bool {
        guard case .inotify = mechanism, watchDescriptor != nil else { return false }
        return FileIdentity.of(path: directory) != watchedIdentity
    }

    /// Drops the watches and watches the path afresh: the new target is listed
    /// against what the source knows, so files only the old target had are
    /// reported removed and the new target's files updated.
    func rewatch() {
        if let watcher {
            if let watchDescriptor { watcher.unwatch(watchDescriptor) }
            if let linkWatch, linkWatch.descriptor != watchDescriptor { watcher.unwatch(linkWatch.descriptor) }
        }
        watchDescriptor = nil
        linkWatch = nil
        watchedIdentity = nil
        establish()
    }

    func fallBackToPolling() {
        watcher = nil
        watchDescriptor = nil
        linkWatch = nil
        mechanism = .polling(intervalMilliseconds: WatchMode.fallbackPollingIntervalMilliseconds)
        scan()
    }

    // MARK: Bookkeeping

    func accepts(_ name: String) -> Bool {
        if let singleFileName { return name == singleFileName }
        return SnapshotLoader.isSnapshotFileName(name)
    }

    func path(for name: String) -> String {
        singleFileName == nil ? directoryPrefix + name : path
    }

    func signature(of name: String) -> FileSignature {
        (try? FileSignature.of(path: path(for: name)).get()) ?? .unavailable
    }

    func noteUpdated(_ name: String, _ signature: FileSignature) {
        batch.noteUpdated(name, wasKnown: known[name] != nil)
        known[name] = signature
    }

    func noteRemoved(_ name: String) {
        batch.noteRemoved(name, wasKnown: known[name] != nil)
        known[name] = nil
    }

    func fail(_ message: String) {
        problem = message
        nextRetryAt = MonotonicClock.milliseconds() + Int64(retryIntervalMilliseconds)
    }

    func directoryProblem(_ error: SystemError) -> String {
        "snapshot directory \(directory): \(error.message)"
    }

    /// Runs one call's work and turns it into changes: file changes, with
    /// `recovered` first when a problem ended, or the problem last when one
    /// began or changed (a problem that persists is reported once).
    func collect(_ work: () -> Void) -> [SnapshotSourceChange] {
        let problemBefore = problem
        batch = ChangeBatch()
        work()
        var result = batch.changes(path: path(for:))
        if problemBefore != nil, problem == nil {
            result.insert(.recovered, at: 0)
        } else if let problem, problem != problemBefore {
            result.append(.problem(problem))
        }
        return result
    }
}
