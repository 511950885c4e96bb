import DashboardCore
import Glibc

/// Turning inotify events on the watched directory into changes.
extension SnapshotSource {
    func processEvents() {
        guard let watcher else { return }
        var lostWatch = false
        var needsScan = false
        var linkChanged = false
        for event in watcher.drain() {
            if event.has(IN_Q_OVERFLOW) {
                needsScan = true // events were dropped: only a listing can tell what happened
                continue
            }
            if let linkWatch, event.watchDescriptor == linkWatch.descriptor, event.name == linkWatch.name {
                linkChanged = true // the link to the watched directory was replaced, removed or created
            }
            guard event.watchDescriptor == watchDescriptor else { continue }
            if event.has(IN_DELETE_SELF | IN_MOVE_SELF | IN_UNMOUNT | IN_IGNORED) {
                lostWatch = true
                continue
            }
            if event.name.isEmpty {
                if event.has(IN_ATTRIB) { needsScan = true } // the directory's permissions may have changed
                continue
            }
            guard accepts(event.name) else { continue }
            handle(event)
        }
        if lostWatch || (linkChanged && watchIsOnAnotherDirectory) {
            // After IN_MOVE_SELF the watch follows the moved directory, and after a link is repointed
            // it stays on the old target; drop it and watch the path again. A directory swapped in by
            // rename or a link is picked up at once; a missing one is a problem.
            rewatch()
        } else if linkChanged, watchDescriptor == nil {
            establish() // a dangling link pointed at a directory again
        } else if needsScan {
            scan()
        }
    }

    private func handle(_ event: InotifyEvent) {
        let name = event.name
        if event.has(IN_DELETE | IN_MOVED_FROM) {
            noteRemoved(name)
        } else if event.has(IN_CLOSE_WRITE | IN_MOVED_TO) {
            noteUpdated(name, signature(of: name))
        } else if event.has(IN_CREATE) {
            // A file being written by open(O_CREAT) starts empty and will be
            // announced by IN_CLOSE_WRITE; anything else created (a hard or
            // symbolic link, a directory wrongly named *.json) gets no such event.
            if !isEmptyFileBeingCreated(name) { noteUpdated(name, signature(of: name)) }
        } else if event.has(IN_ATTRIB) {
            // chmod, touch or a link count change: read again only if stat sees a difference.
            let signature = signature(of: name)
            if known[name] != signature { noteUpdated(name, signature) }
        }
    }

    private func isEmptyFileBeingCreated(_ name: String) -> Bool {
        var status = stat()
        guard PathBytes.withSystemPath(path(for: name), { lstat($0, &status) }) == 0 else { return true } // already gone: a deletion event follows
        return status.st_mode & S_IFMT == S_IFREG && status.st_nlink == 1 && status.st_size == 0
    }
}
