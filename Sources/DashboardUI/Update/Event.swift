import DashboardCore

/// Everything that can change the screen arrives as one of these.
public enum Event: Sendable {
    case key(Key)
    /// A click or the wheel (SGR mouse reports), when the dashboard has the mouse.
    case mouse(MouseEvent)
    /// The terminal is now this size (columns × rows).
    case resize(width: Int, height: Int)
    /// The clock moved: countdowns and ages follow it.
    case tick(Instant)
    /// The snapshots changed (a file arrived, changed or was removed).
    case snapshots(SnapshotStore)
    /// The run loop wrote (or failed to write) the file an `exportTable` effect asked for.
    case exportFinished(ExportOutcome)
    /// Why the watched path cannot be read now (it is retried), or nil when it can.
    case sourceStatus(problem: String?)
    /// The sort and crossing point to start with (config file, command line).
    /// A point that differs from the snapshot's only in case is matched to it.
    case startingView(sortColumn: DistrictColumn, ascending: Bool, point: String?)
    /// Selects a district by id (`render --district`, before Enter).
    case selectDistrict(String)
    /// Sorts the camps table of the district drilled into (`render --district --sort`).
    case sortCamps(column: CampColumn, ascending: Bool)
    /// Filters the table on screen as typing after `/` does (`render --filter`).
    case filter(String)
    /// The file of a kept moment, read again for time travel (the answer to `rereadSnapshot`).
    case snapshotReread(SnapshotFile)
    /// `render --baseline TIME`: compare with the newest kept snapshot at or before TIME.
    case compare(with: Instant)
    /// `render --at TIME`: show the newest kept snapshot at or before TIME.
    case travel(to: Instant)
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
    /// Read this snapshot file again (time travel to a moment not kept whole),
    /// then send back `Event.snapshotReread`.
    case rereadSnapshot(path: String)
    /// Alerts fired, were acknowledged or cleared: the log records each.
    case alerts([AlertTransition])
    /// Ring the terminal bell (a new critical alert, with `bell = true`).
    case bell
}
