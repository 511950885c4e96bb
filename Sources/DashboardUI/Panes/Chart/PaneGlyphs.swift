import DashboardCore

/// The characters panes draw with besides box lines, in a Unicode and an
/// ASCII set. `--ascii` is for terminals without a UTF-8 locale, where every
/// non-ASCII character the dashboard itself adds would come out as mojibake
/// (data text such as point names is shown as it is either way).
struct PaneGlyphs: Sendable {
    /// Bar cells by filled eighths, index 0 (empty) to 8 (full).
    let eighths: [Character]
    /// Every cell of today's bar: the day is not over, so it is drawn apart.
    let partialDay: Character
    /// Bottom cell of a day with no row, so "unknown" never looks like zero.
    let missingDay: Character
    /// Between parts of a title.
    let separator: String
    /// Between the first and last day of a range of days.
    let rangeDash: String
    /// Ends text cut to fit (the table panes use the same two).
    let ellipsis: Character
    /// Stands for a figure the data does not give.
    let notReported: String
    let times: String
    let up: String
    let down: String
    let left: String
    let right: String

    static let unicode = PaneGlyphs(
        eighths: [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        partialDay: "▒", missingDay: "·",
        separator: "·", rangeDash: "–", ellipsis: "…", notReported: "–", times: "×",
        up: "↑", down: "↓", left: "←", right: "→"
    )

    // Coarser than eighths, but a rising bar still reads: '.' low, ':' middle, '#' full.
    static let ascii = PaneGlyphs(
        eighths: [" ", ".", ".", ".", ":", ":", ":", "#", "#"],
        partialDay: "+", missingDay: "?",
        separator: "-", rangeDash: "..", ellipsis: "~", notReported: "-", times: "x",
        up: "Up", down: "Down", left: "Left", right: "Right"
    )

    /// `text` made terminal-safe and cut to `width` cells with this set's
    /// ellipsis: panes cut before `Screen.put` would, so ASCII mode never
    /// gets a "…".
    func fit(_ text: String, toWidth width: Int) -> String {
        TextWidth.truncate(TerminalSafeText.sanitize(text), toWidth: max(0, width), ellipsis: ellipsis)
    }

    static func forOptions(_ options: DisplayOptions) -> PaneGlyphs {
        options.ascii ? .ascii : .unicode
    }
}
