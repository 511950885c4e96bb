import DashboardCore

/// What every marker and colour the panes draw means, for the `?` help. The
/// glyphs and styles come from the same sets and styles the panes draw with
/// (`TableGlyphs`, `PaneGlyphs`, `DeadlinesPane`), so the legend shows in
/// ASCII mode what ASCII mode draws.
enum HelpLegend {
    static func entries(_ options: DisplayOptions) -> [HelpOverlay.Entry] {
        let table = TableGlyphs(options)
        let pane = PaneGlyphs.forOptions(options)
        let alarm = Style.critical.adding([.bold, .reverse])
        return [
            HelpOverlay.Entry(keys: table.selection, action: "the selected row", keyStyle: .selected),
            HelpOverlay.Entry(keys: table.changed, action: "its figures moved with the newest snapshot", keyStyle: .accent.adding(.bold)),
            HelpOverlay.Entry(keys: table.increase + " +12", action: "Change: a rise since the baseline (b)", keyStyle: .positive),
            HelpOverlay.Entry(keys: table.decrease + " -5", action: "Change: a fall since the baseline", keyStyle: .negative),
            HelpOverlay.Entry(keys: "Population " + table.sortDescending, action: "the sort column: " + table.sortDescending + " descending, " + table.sortAscending + " ascending",
                              keyStyle: Style.header.adding(.underline)),
            HelpOverlay.Entry(keys: table.delta + " vs 19:15", action: "what Change compares with", keyStyle: .header),
            HelpOverlay.Entry(keys: "new", action: "not in the previous snapshot", keyStyle: .accent),
            HelpOverlay.Entry(keys: FigureText.gone, action: "gone since the previous snapshot; dimmed, listed last", keyStyle: .muted),
            HelpOverlay.Entry(keys: table.missing, action: "not reported, or nothing to compare with", keyStyle: .muted),
            HelpOverlay.Entry(keys: table.atLeast + "1,200", action: "only some camps reported it: at least this", keyStyle: .normal),
            HelpOverlay.Entry(keys: String(pane.partialDay), action: "today's crossings so far: the day is not over", keyStyle: .chartPartial),
            HelpOverlay.Entry(keys: String(pane.missingDay), action: "a day the snapshot has no crossings row for", keyStyle: .muted),
            HelpOverlay.Entry(keys: DeadlinesPane.marker(.passed), action: "deadline passed (still in force)", keyStyle: DeadlinesPane.urgencyStyle(.passed)),
            HelpOverlay.Entry(keys: DeadlinesPane.marker(.underDay), action: "deadline due within 24 hours", keyStyle: DeadlinesPane.urgencyStyle(.underDay)),
            HelpOverlay.Entry(keys: DeadlinesPane.marker(.underWeek), action: "deadline due within 7 days", keyStyle: DeadlinesPane.urgencyStyle(.underWeek)),
            HelpOverlay.Entry(keys: "STALE", action: "the newest snapshot is older than stale_after_minutes", keyStyle: alarm),
            HelpOverlay.Entry(keys: "PAUSED", action: "p froze the figures; new snapshots wait", keyStyle: Style.warning.adding([.bold, .reverse])),
            HelpOverlay.Entry(keys: "VIEWING", action: "a kept older snapshot is on screen; ] returns", keyStyle: .accent),
            HelpOverlay.Entry(keys: "1 " + AlertSeverity.critical.shortWord + " 2 " + AlertSeverity.warning.shortWord,
                              action: "alerts firing, by severity (! lists them)", keyStyle: .critical),
            HelpOverlay.Entry(keys: "!", action: "status line: a rejected file, a warning, a source problem", keyStyle: .warning),
        ]
    }
}
