import DashboardCore

/// `!`: the firing alerts in a box over the panes, one line each: severity
/// in words, rule, what it is about, the figure against its threshold,
/// since when, and whether it was acknowledged (then the line is dimmed).
enum AlertsOverlay {
    static let title = "Alerts"

    static func footer(_ glyphs: PaneGlyphs) -> String {
        "\(glyphs.up) \(glyphs.down) move   a acknowledge   Enter go to   Esc close"
    }

    /// One line's text: `CRIT  Torkham surge  Torkham ratio 2.00, critical above 2  since 18:31  new`.
    static func line(_ entry: AlertBoard.Entry, state: AppState) -> String {
        let alert = entry.alert
        let since = sinceText(entry.since, now: state.now, zone: state.data?.timeZone)
        return [alert.severity.shortWord, alert.rule.name, alert.summary, "since " + since, entry.isAcknowledged ? "acknowledged" : "new"]
            .joined(separator: "  ")
    }

    /// `18:31` in the snapshot's zone (the zone of every time on screen);
    /// `04-06 18:31` when that was not today, so a long-firing alert does not
    /// look recent.
    static func sinceText(_ since: Instant, now: Instant, zone: SnapshotTimeZone?) -> String {
        let offset = zone?.utcOffsetSeconds(at: since) ?? since.utcOffsetSeconds
        let text = since.formatted(utcOffsetSeconds: offset) // 2025-04-07T18:31:00+05:00
        let time = String(text.dropFirst(11).prefix(5))
        let sameDay = since.day(atOffset: offset) == now.day(atOffset: zone?.utcOffsetSeconds(at: now) ?? offset)
        return sameDay ? time : String(text.dropFirst(5).prefix(5)) + " " + time
    }

    /// What the box says when no line is firing.
    static func emptyText(_ state: AppState) -> String {
        let rules = state.alerts.rules.count
        return rules == 0 ? "No alert rules: add [[alert]] tables to the config file."
                          : "No alert firing (\(rules) rule\(rules == 1 ? "" : "s") watching)."
    }

    static func draw(_ state: AppState, on screen: inout Screen) {
        let glyphs = PaneGlyphs.forOptions(state.options)
        let entries = state.alertEntries
        let lines = entries.isEmpty ? [emptyText(state)] : entries.map { line($0, state: state) }
        let footer = footer(glyphs)
        let contentWidth = (lines + [footer]).map { TextWidth.of(TerminalSafeText.sanitize($0)) }.max() ?? 0
        let box = HelpOverlay.centred(width: min(contentWidth + 6, screen.width - 2), height: lines.count + 4, in: screen.bounds)
        guard box.width >= 2, box.height >= 2 else { return }
        screen.fill(box)
        screen.drawBox(box, style: .accent, title: title, titleStyle: .header)
        let inner = Rect(row: box.row + 1, col: box.col + 3, width: box.width - 6, height: box.height - 2)
        guard !inner.isEmpty else { return }
        let visible = max(1, inner.height - 2)
        let selected = state.selectedAlertIndex
        // Keep the cursor in view when the list is longer than the box.
        let top = max(0, min(selected - visible + 1, lines.count - visible))
        for (offset, text) in lines.enumerated().dropFirst(top).prefix(visible) {
            var style: Style = .normal
            if offset < entries.count {
                let entry = entries[offset]
                style = entry.isAcknowledged ? .muted : (entry.alert.severity == .critical ? .critical : .warning)
                if offset == selected { style = style.on(.selected) }
            }
            screen.put(text: glyphs.fit(text, toWidth: inner.width), row: inner.row + offset - top, col: inner.col, style: style)
        }
        screen.put(text: glyphs.fit(footer, toWidth: inner.width), row: inner.bottom - 1, col: inner.col, style: .muted)
    }
}
