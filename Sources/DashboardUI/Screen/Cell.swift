import DashboardCore

/// One terminal cell: one grapheme and its style.
///
/// A wide grapheme (CJK, most emoji) occupies two cells: the left one holds
/// the grapheme with width 2, the right one is a *continuation* (empty symbol,
/// width 0) that the renderer skips, because the terminal draws the right
/// half itself when it prints the left.
public struct Cell: Sendable, Hashable {
    /// The grapheme, already terminal-safe; "" for a continuation.
    public let symbol: String
    // UInt8 keeps a screen's worth of cells compact.
    private let storedWidth: UInt8
    public var style: Style

    /// A cell showing `character`. Unsafe scalars become U+FFFD (see
    /// `TerminalSafeText`); a grapheme that takes no cells on its own (a lone
    /// combining mark, a zero-width space) becomes a space, because ncurses
    /// would otherwise merge it into the neighbouring cell.
    public init(_ character: Character, style: Style = .normal) {
        let safe = TerminalSafeText.sanitize(String(character))
        let graphemes = Array(safe)
        let chosen: Character
        if graphemes.count == 1 {
            chosen = graphemes[0]
        } else {
            // "\r\n" is one grapheme but two replaced scalars: show one marker.
            chosen = Character(TerminalSafeText.replacement)
        }
        let width = TextWidth.of(chosen)
        if width == 0 {
            self.init(symbol: " ", width: 1, style: style)
        } else {
            self.init(symbol: String(chosen), width: width, style: style)
        }
    }

    /// For callers that have already sanitised and measured the grapheme.
    init(symbol: String, width: Int, style: Style) {
        self.symbol = symbol
        self.storedWidth = UInt8(width)
        self.style = style
    }

    /// The right half of a wide character.
    public static func continuation(style: Style) -> Cell {
        Cell(symbol: "", width: 0, style: style)
    }

    /// A space in the default style.
    public static let blank = Cell(symbol: " ", width: 1, style: .normal)

    /// A space in `style`, e.g. to paint a background.
    public static func blank(_ style: Style) -> Cell {
        Cell(symbol: " ", width: 1, style: style)
    }

    /// Cells this grapheme covers: 1 or 2, or 0 for a continuation.
    public var width: Int { Int(storedWidth) }
    public var isContinuation: Bool { storedWidth == 0 }
    public var isWide: Bool { storedWidth == 2 }
}
