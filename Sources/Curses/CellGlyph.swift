import DashboardUI
import DashboardCore

/// The characters actually sent to ncurses for one cell.
///
/// Layout widths come from `TextWidth` (locale-independent); ncurses and the
/// terminal use the locale's wcwidth. Where they disagree (a flag that glibc
/// calls 1 cell wide, any non-ASCII text under a non-UTF-8 locale) writing the
/// glyph would shift every later cell of the row, so a replacement of the
/// layout's width is drawn instead. Pure: the locale width is passed in.
struct CellGlyph: Equatable {
    /// Scalar values for cchar_t: the base character, then at most four
    /// zero-width marks (CCHARW_MAX is 5).
    var scalars: [UInt32]
    /// The glyph was replaced by a 1-cell one in a 2-cell slot, so the
    /// renderer must also write a space into the continuation column.
    var fillsContinuation: Bool

    static let maximumScalars = 5
    static let zeroWidthJoiner: UInt32 = 0x200D

    static func make(for cell: Cell, terminalWidth: (UInt32) -> Int) -> CellGlyph {
        let scalars = Array(cell.symbol.unicodeScalars)
        guard let base = scalars.first,
              !TerminalSafeText.isUnsafe(base),
              terminalWidth(base.value) == cell.width
        else {
            let replacement: UInt32 = terminalWidth(TerminalSafeText.replacement.value) == 1
                ? TerminalSafeText.replacement.value : 0x3F  // "?"
            return CellGlyph(scalars: [replacement], fillsContinuation: cell.width == 2)
        }
        var glyph = CellGlyph(scalars: [base.value], fillsContinuation: false)
        // Keep only marks the terminal draws inside this cell. A ZWJ would ask
        // the terminal to join with whatever the next cell holds; a spacing
        // character (skin tone, second regional indicator) would take a column
        // ncurses does not know about. Bidi controls never pass.
        for scalar in scalars.dropFirst() where glyph.scalars.count < maximumScalars {
            if scalar.value != zeroWidthJoiner,
               !TerminalSafeText.isUnsafe(scalar),
               terminalWidth(scalar.value) == 0 {
                glyph.scalars.append(scalar.value)
            }
        }
        return glyph
    }
}
