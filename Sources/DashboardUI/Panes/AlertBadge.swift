import DashboardCore

/// The header's count of firing alerts by severity, in words so it reads
/// without colour: `2 CRIT 1 WARN`. Nothing when nothing fires.
enum AlertBadge {
    /// The badge's parts and their styles, worst first.
    static func parts(_ state: AppState) -> [(text: String, style: Style)] {
        let count = state.alerts.count
        var parts: [(String, Style)] = []
        if count.critical > 0 { parts.append(("\(count.critical) \(AlertSeverity.critical.shortWord)", .critical)) }
        if count.warning > 0 { parts.append(("\(count.warning) \(AlertSeverity.warning.shortWord)", .warning.adding(.bold))) }
        return parts
    }

    static func width(_ state: AppState) -> Int {
        let parts = parts(state)
        return parts.isEmpty ? 0 : parts.reduce(parts.count - 1) { $0 + TextWidth.of($1.text) }
    }

    /// Draws the badge ending at `end` (exclusive); returns its width.
    @discardableResult
    static func draw(_ state: AppState, row: Int, end: Int, on screen: inout Screen) -> Int {
        let width = width(state)
        var col = end - width
        for part in parts(state) {
            col += screen.put(text: part.text, row: row, col: col, style: part.style) + 1
        }
        return width
    }
}
