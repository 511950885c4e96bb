import DashboardCore

/// The non-letter characters the tables and the header bar draw, in Unicode or in ASCII for
/// terminals without a UTF-8 locale (`DisplayOptions.ascii`), where "▲" or "…"
/// would come out as mojibake. Every marker still reads without colour.
struct TableGlyphs: Sendable {
    let sortAscending: String
    let sortDescending: String
    let increase: String
    let decrease: String
    /// A figure that cannot be given: no previous snapshot, nothing reported.
    let missing: String
    /// Before a sum that only some camps reported: it is a lower bound.
    let atLeast: String
    let ellipsis: Character
    /// In the margin of the selected row, so the selection shows in monochrome and in text dumps.
    let selection: String
    /// In the margin of a row whose figures moved with the newest snapshot.
    let changed: String
    let breadcrumbSeparator: String
    /// After the filter being typed.
    let cursor: String

    static let unicode = TableGlyphs(
        sortAscending: "▲", sortDescending: "▼", increase: "▲", decrease: "▼", missing: "–", atLeast: "≥",
        ellipsis: "…", selection: "›", changed: "•", breadcrumbSeparator: " › ", cursor: "▏"
    )

    static let ascii = TableGlyphs(
        sortAscending: "^", sortDescending: "v", increase: "^", decrease: "v", missing: "-", atLeast: ">=",
        ellipsis: "~", selection: ">", changed: "*", breadcrumbSeparator: " > ", cursor: "_"
    )

    init(_ options: DisplayOptions) {
        self = options.ascii ? .ascii : .unicode
    }

    private init(
        sortAscending: String, sortDescending: String, increase: String, decrease: String, missing: String,
        atLeast: String, ellipsis: Character, selection: String, changed: String, breadcrumbSeparator: String, cursor: String
    ) {
        self.changed = changed
        self.sortAscending = sortAscending
        self.sortDescending = sortDescending
        self.increase = increase
        self.decrease = decrease
        self.missing = missing
        self.atLeast = atLeast
        self.ellipsis = ellipsis
        self.selection = selection
        self.breadcrumbSeparator = breadcrumbSeparator
        self.cursor = cursor
    }

    /// A column header, with the sort direction when the table is sorted by it.
    func sortTitle(_ title: String, isSorted: Bool, ascending: Bool) -> String {
        isSorted ? title + " " + (ascending ? sortAscending : sortDescending) : title
    }

    /// Cells a sortable column's header needs whichever way it is sorted, so
    /// columns keep their places when `s` moves the marker.
    func sortableTitleWidth(_ title: String) -> Int {
        TextWidth.of(title) + 1 + max(TextWidth.of(sortAscending), TextWidth.of(sortDescending))
    }

    /// `text` cut to `width` cells with this set's ellipsis.
    func truncate(_ text: String, toWidth width: Int) -> String {
        TextWidth.truncate(TerminalSafeText.sanitize(text), toWidth: width, ellipsis: ellipsis)
    }
}
