import DashboardCore

/// Every programme deadline with a live countdown, soonest due first, one row
/// each from `state.deadlineScrollTop` (the update's page size assumes one row
/// per deadline inside the borders, so there is no column header).
///
///     PAST passed 7d ago ACC  ACC holders: end of voluntary …  2025-03-31 23:59 PKT
///          84d 02:29:59  PoR  PoR cards: end of extended validity  2025-06-30 23:59 PKT
///
/// Urgency shows as a colour and as a marker word (`PAST`, `<24h`, `<7d`) at
/// every width the dashboard draws, so it reads the same on a monochrome
/// terminal or to an operator who does not see the colour. The words cost two
/// cells more than `!!` / `!` would, taken from the title, which is cut anyway.
enum DeadlinesPane {
    /// Cells the marker column takes, the widest word.
    static let markerWidth = 4
    /// Inner widths from which the wider columns appear.
    static let appliesToFrom = 56
    static let dueFrom = 80

    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        let focused = state.focus == .deadlines
        let glyphs = PaneGlyphs.forOptions(state.options)
        let inner = rect.inset(by: 1)
        let countdowns = state.data.map { DeadlineCountdown.make(deadlines: $0.snapshot.deadlines, now: state.now) } ?? []
        let visibleRows = max(0, inner.height)
        // A newer snapshot may have fewer deadlines than the scroll position assumed.
        let top = max(0, min(state.deadlineScrollTop, countdowns.count - visibleRows))
        let shownCount = max(0, min(visibleRows, countdowns.count - top))

        var title = "Deadlines"
        if countdowns.count > visibleRows, shownCount > 0 {
            title += " \(top + 1)-\(top + shownCount) of \(countdowns.count)"
        }
        screen.drawBox(rect, style: focused ? .accent : .muted, title: glyphs.fit(title, toWidth: rect.width - 6),
                       titleStyle: focused ? .header : .normal)
        guard !inner.isEmpty else { return }
        guard let data = state.data else {
            drawMessage("Waiting for a valid snapshot", glyphs: glyphs, in: inner, on: &screen)
            return
        }
        guard !countdowns.isEmpty else {
            drawMessage("No deadlines in this snapshot", glyphs: glyphs, in: inner, on: &screen)
            return
        }

        // Sized over every deadline, not just those in view, so columns hold still while scrolling.
        let countdownWidth = countdowns.map { TextWidth.of($0.text) }.max() ?? 0
        for (offset, countdown) in countdowns[top..<(top + shownCount)].enumerated() {
            drawRow(countdown, countdownWidth: countdownWidth, zone: data.timeZone, glyphs: glyphs,
                    row: inner.row + offset, in: inner, on: &screen)
        }
    }

    private static func drawRow(_ countdown: DeadlineCountdown, countdownWidth: Int, zone: SnapshotTimeZone, glyphs: PaneGlyphs,
                                row: Int, in inner: Rect, on screen: inout Screen) {
        let width = inner.width
        let style = urgencyStyle(countdown.urgency)
        var col = inner.col
        func write(_ text: String, _ style: Style, maxWidth: Int? = nil) {
            guard col < inner.right else { return }
            col += screen.put(text: glyphs.fit(text, toWidth: min(maxWidth ?? Int.max, inner.right - col)), row: row, col: col, style: style)
        }

        write(TextWidth.pad(marker(countdown.urgency), toWidth: markerWidth) + " ", style)
        write(TextWidth.pad(countdown.text, toWidth: countdownWidth, alignRight: true), style)
        col += 1

        let deadline = countdown.deadline
        if width >= appliesToFrom {
            write(TextWidth.pad(appliesToText(deadline.appliesTo), toWidth: 5) + " ", .muted)
        }
        var titleRoom = inner.right - col
        var due: String?
        if width >= dueFrom {
            let text = DateText.minute(deadline.due, in: zone)
            due = text
            titleRoom -= TextWidth.of(text) + 2
        }
        write(deadline.title, .normal, maxWidth: max(0, titleRoom))
        if let due {
            screen.put(text: due, row: row, col: inner.right - TextWidth.of(due), style: .muted)
        }
    }

    /// The urgency in words, read without colour.
    static func marker(_ urgency: DeadlineUrgency) -> String {
        switch urgency {
        case .passed: "PAST"
        case .underDay: "<24h"
        case .underWeek: "<7d"
        case .later: ""
        }
    }

    static func urgencyStyle(_ urgency: DeadlineUrgency) -> Style {
        switch urgency {
        // A passed deadline still matters (the rule is in force), but it is
        // not running out: coloured, not shouting like the last 24 hours.
        case .passed: .negative
        case .underDay: .critical
        case .underWeek: .warning
        case .later: .normal
        }
    }

    static func appliesToText(_ appliesTo: Deadline.AppliesTo?) -> String {
        switch appliesTo {
        case .por: "PoR"
        case .acc: "ACC"
        case .undocumented: "Undoc"
        case .all: "All"
        case nil: ""
        }
    }

    private static func drawMessage(_ text: String, glyphs: PaneGlyphs, in inner: Rect, on screen: inout Screen) {
        let fitted = glyphs.fit(text, toWidth: inner.width)
        screen.put(text: fitted, row: inner.row + (inner.height - 1) / 2, col: inner.col + (inner.width - TextWidth.of(fitted)) / 2,
                   style: .muted)
    }
}
