/// What the dashboard's run loop follows: a directory or file watched on disk
/// (`SnapshotSource`), or a URL polled over HTTP(S). The run loop `poll()`s
/// `fileDescriptor` beside the terminal, sleeps at most
/// `millisecondsUntilNextCheck`, then asks for `changes()`; neither call blocks.
public protocol SnapshotChangeSource: AnyObject {
    /// What is followed, as the operator gave it (path or URL).
    var path: String { get }
    /// How news is noticed, for the log.
    var mechanism: WatchMechanism { get }
    /// The current problem, for the status line; nil while the source is healthy.
    var problem: String? { get }
    /// A descriptor that becomes readable when `changes()` has news; nil when there is none.
    var fileDescriptor: Int32? { get }
    /// How long the run loop may sleep before `changes()` has work no descriptor announces.
    var millisecondsUntilNextCheck: Int? { get }
    /// Everything there is at start-up.
    func initialScan() -> [SnapshotSourceChange]
    /// What changed since the last call.
    func changes() -> [SnapshotSourceChange]
    /// The operator's "reload": look again now.
    func rescan() -> [SnapshotSourceChange]
}

extension SnapshotSource: SnapshotChangeSource {}
