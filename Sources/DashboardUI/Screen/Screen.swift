/// A width × height grid of cells: what a frame of the dashboard looks like.
///
/// Views draw into a Screen without a terminal; the renderer diffs it against
/// the previous frame (`changes(from:)`) and writes only what changed. Tests
/// read it back as plain text (`lines()`).
///
/// Invariant: a wide cell is always followed by its continuation, and a
/// continuation always follows a wide cell. `set` keeps it by blanking the
/// other half of any wide character it overwrites.
public struct Screen: Sendable {
    public let width: Int
    public let height: Int
    /// Used by the box and rule helpers; chosen once by whoever creates the
    /// screen (UTF-8 locale or not), so panes need not pass it around.
    public var boxCharset: BoxCharset
    /// Row-major.
    public private(set) var cells: [Cell]

    /// The widest and tallest grid drawn, as `render --size` allows: a
    /// 4000 × 4000 terminal would otherwise cost gigabytes of cells for a
    /// dashboard no one can read at that size. Beyond it, the terminal shows
    /// the grid in its top-left corner.
    public static let maximumSide = 1000

    public init(width: Int, height: Int, boxCharset: BoxCharset = .unicode) {
        self.width = min(max(0, width), Screen.maximumSide)
        self.height = min(max(0, height), Screen.maximumSide)
        self.boxCharset = boxCharset
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole screen as a rectangle.
    public var bounds: Rect { Rect(row: 0, col: 0, width: width, height: height) }

    public func contains(row: Int, col: Int) -> Bool {
        row >= 0 && row < height && col >= 0 && col < width
    }

    public subscript(row: Int, col: Int) -> Cell {
        precondition(contains(row: row, col: col), "cell (\(row), \(col)) outside \(width)×\(height) screen")
        return cells[row * width + col]
    }

    /// Puts `cell` at (row, col); a wide cell also takes col + 1. Outside the
    /// screen nothing happens. A wide cell in the last column does not fit
    /// and becomes a space, as a terminal would show it.
    public mutating func set(_ cell: Cell, row: Int, col: Int) {
        guard contains(row: row, col: col), !cell.isContinuation else { return }
        if cell.isWide && col == width - 1 {
            set(.blank(cell.style), row: row, col: col)
            return
        }
        let index = row * width + col
        releaseWideCharacter(at: index, col: col)
        if cell.isWide {
            releaseWideCharacter(at: index + 1, col: col + 1)
            cells[index] = cell
            cells[index + 1] = .continuation(style: cell.style)
        } else {
            cells[index] = cell
        }
    }

    /// Fills `rect` (clipped to the screen) with `cell`.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let step = max(1, cell.width)
        for row in area.row..<area.bottom {
            var col = area.col
            while col + step <= area.right {
                set(cell, row: row, col: col)
                col += step
            }
            if col < area.right { set(.blank(cell.style), row: row, col: col) }
        }
    }

    /// Paints `rect` with spaces in `style` (a background or a selection bar).
    public mutating func fill(_ rect: Rect, style: Style) {
        fill(rect, with: .blank(style))
    }

    /// Every cell back to a default space.
    public mutating func clear() {
        for index in cells.indices { cells[index] = .blank }
    }

    /// Before (row, col) is overwritten: if it is half of a wide character,
    /// blank the other half so no orphaned half stays behind.
    private mutating func releaseWideCharacter(at index: Int, col: Int) {
        let existing = cells[index]
        if existing.isContinuation, col > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
        } else if existing.isWide, col + 1 < width {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
    }
}

extension Screen: Equatable {
    /// Same size and same cells; the box charset is a drawing preference,
    /// not content.
    public static func == (lhs: Screen, rhs: Screen) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
    }
}
