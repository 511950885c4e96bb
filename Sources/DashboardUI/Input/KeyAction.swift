/// What a key asks for. `KeyTable` says which keys ask for what, where;
/// `AppState.perform` does it.
public enum KeyAction: Sendable, Equatable {
    case quit
    case redraw
    case showHelp
    case nextPane, previousPane
    /// In the districts or camps table, the selection; in the deadlines pane, the scroll.
    case moveUp, moveDown, pageUp, pageDown, first, last
    case openDistrict
    case back
    /// Esc in the districts table: back from a district, or else clear the filter.
    case backOrClearFilter
    /// `s` / `S` / `<` / `>`: the next column round, the other direction, the column left / right.
    case nextSort, reverseSort, sortLeft, sortRight
    case startFilter
    case keepFilter, clearFilter, deleteFilterCharacter
    case export
    case nextPoint, previousPoint
    case togglePause
    case rescan
    /// `b`: what Change compares with (previous snapshot, start of shift, 24 h ago).
    case cycleBaseline
    /// `[` / `]`: a kept moment of the shift instead of the newest; `]` past the newest is live.
    case travelBack, travelForward
    /// `!`: the alerts list; in it, move, acknowledge, go to, close.
    case showAlerts, closeAlerts
    case previousAlert, nextAlert
    case acknowledgeAlert, goToAlert
    /// `t`: the crossings pane as a table of days or as the chart.
    case toggleCrossingsTable
    /// In the crossings table: the day cursor a day or a week newer or older.
    case newerDay, olderDay, newerWeek, olderWeek
    /// In the crossings table: the columns after Day and Total, scrolled.
    case scrollColumnsLeft, scrollColumnsRight
}
