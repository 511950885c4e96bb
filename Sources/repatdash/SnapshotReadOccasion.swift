/// Why the run loop read snapshot files: named in the log, and it decides
/// whether the progress box covers a blank screen or the dashboard.
enum SnapshotReadOccasion: String {
    /// Everything in the directory, before the first frame.
    case startup = "initial scan"
    /// `r`: the directory listed again at the operator's request.
    case rescan
    /// What the watch reported (inotify or a polling pass).
    case update
}
