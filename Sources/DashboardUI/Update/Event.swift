import DashboardCore

/// Everything that can change the screen arrives as one of these.
public enum Event: Sendable {
    case key(Key)
    /// The terminal is now this size (columns × rows).
    case resize(width: Int, height: Int)
    /// The clock moved: countdowns and ages follow it.
    case tick(Instant)
    /// The snapshots changed (a file arrived, changed or was removed).
    case snapshots(SnapshotStore)
    /// The run loop wrote (or failed to write) the file an `exportTable` effect asked for.
    case exportFinished(ExportOutcome)
}

/// What `update` asks of the world outside the pure state.
public enum Effect: Sendable, Equatable {
    case quit
    /// Repaint every cell (Ctrl-L: something scribbled over the screen).
    case repaintAll
    /// Read the snapshot directory again now (`r`).
    case rescan
    /// Write this table to a new CSV file in the current directory (`e`), then
    /// send back `Event.exportFinished`.
    case exportTable(ExportRequest)
    /// Alerts fired, were acknowledged or cleared: the log records each.
    case alerts([AlertTransition])
    /// Ring the terminal bell (a new critical alert, with `bell = true`).
    case bell
}
