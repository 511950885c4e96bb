/// Every key the dashboard answers to, once. `update` looks keys up here,
/// the `?` help lists it, and `ManPageKeysTests` holds the man page's KEYS
/// section to it, so the three cannot drift. A new key is one more line.
public enum KeyTable {
    public static let bindings: [KeyBinding] = [
        KeyBinding([.character("q")], .quit, .dashboard, "quit"),
        KeyBinding([.character("?"), .f1], .showHelp, .dashboard, "show the keys and a legend of the markers"),
        // Two lines, so the help's keys column stays narrow enough for 80 columns.
        KeyBinding([(.up, .moveUp), (.down, .moveDown), (.character("k"), .moveUp), (.character("j"), .moveDown)],
                   .help, "in this help: scroll; any other key closes it"),
        KeyBinding([(.pageUp, .pageUp), (.pageDown, .pageDown), (.home, .first), (.end, .last)], .help, "in this help: a page, the ends"),
        KeyBinding([(.tab, .nextPane), (.backTab, .previousPane)], .dashboard, "next / previous pane"),
        KeyBinding([(.up, .moveUp), (.down, .moveDown), (.character("j"), .moveDown), (.character("k"), .moveUp),
                    (.pageUp, .pageUp), (.pageDown, .pageDown)],
                   .focused([.districts, .deadlines]), "move up / down, by a page (table or deadlines)"),
        KeyBinding([(.home, .first), (.end, .last), (.character("g"), .first), (.character("G"), .last)],
                   .focused([.districts, .deadlines]), "first / last"),
        KeyBinding([.enter, .right, .character("l")], .openDistrict, .focused([.districts]), "show the selected district's camps"),
        KeyBinding([(.escape, .backOrClearFilter), (.backspace, .back), (.left, .back), (.character("h"), .back)],
                   .focused([.districts]), "back to all districts (Esc: clear a filter)"),
        // `<` `>` as in top(1) (htop binds them to its sort too): any column is a few presses away.
        KeyBinding([(.character("s"), .nextSort), (.character("S"), .reverseSort), (.character("<"), .sortLeft), (.character(">"), .sortRight)],
                   .focused([.districts]), "sort: next column, reverse, column left / right"),
        KeyBinding([.character("/")], .startFilter, .dashboard, "filter the table by name as you type"),
        // Related keys share a line, so that the help fits 80×24.
        KeyBinding([(.enter, .keepFilter), (.tab, .keepFilter), (.escape, .clearFilter), (.backspace, .deleteFilterCharacter)],
                   .filter, "while filtering: keep / keep / clear / delete"),
        KeyBinding([.character("e")], .export, .dashboard, "write the table to a CSV file here"),
        KeyBinding([(.character("c"), .nextPoint), (.character("C"), .previousPoint)], .dashboard, "next / previous crossing point"),
        KeyBinding([.character("t")], .toggleCrossingsTable, .dashboard,
                   "crossings: a table of days / the chart"),
        KeyBinding([(.up, .newerDay), (.down, .olderDay), (.character("k"), .newerDay), (.character("j"), .olderDay),
                    (.pageUp, .newerWeek), (.pageDown, .olderWeek)],
                   .focused([.crossings]), "crossings table: day cursor, a week at a time"),
        KeyBinding([(.left, .scrollColumnsLeft), (.right, .scrollColumnsRight), (.character("h"), .scrollColumnsLeft),
                    (.character("l"), .scrollColumnsRight)],
                   .focused([.crossings]), "crossings table: scroll the columns"),
        KeyBinding([.character("b")], .cycleBaseline, .dashboard, "Change vs: previous / shift start / 24 h ago"),
        KeyBinding([(.character("["), .travelBack), (.character("]"), .travelForward)], .dashboard,
                   "older / newer kept snapshot (End: live)"),
        KeyBinding([.character("p")], .togglePause, .dashboard, "pause / resume new snapshots"),
        KeyBinding([.character("!")], .showAlerts, .dashboard, "the alerts list: rule, severity, since, figure"),
        KeyBinding([(.up, .previousAlert), (.down, .nextAlert), (.character("k"), .previousAlert), (.character("j"), .nextAlert)],
                   .alertsList, "in the alerts list: move up / down"),
        KeyBinding([(.character("a"), .acknowledgeAlert), (.enter, .goToAlert), (.escape, .closeAlerts), (.character("!"), .closeAlerts)],
                   .alertsList, "in the alerts list: acknowledge / go to / close"),
        KeyBinding([.character("r")], .rescan, .dashboard, "read the snapshots again now"),
        KeyBinding([(.control("c"), .quit), (.control("l"), .redraw)], .anywhere, "quit / redraw, even in help or a filter"),
    ]

    /// The keys that do `action` in `mode`, in the table's order.
    static func keys(doing action: KeyAction, in mode: KeyMode) -> [Key] {
        bindings.filter { $0.context.applies(in: mode) }.flatMap { binding in
            binding.keys.filter { $0.action == action && Self.action(for: $0.key, in: mode) == action }.map(\.key)
        }
    }

    /// What `key` does in `mode`, if anything: the first binding that applies there.
    static func action(for key: Key, in mode: KeyMode) -> KeyAction? {
        for binding in bindings where binding.context.applies(in: mode) {
            if let action = binding.action(for: key) { return action }
        }
        return nil
    }
}
