import CNcurses
import DashboardUI

/// Puts Screens on the terminal, writing only the cells that changed since
/// the last one applied.
///
/// ncurses diffs its virtual screen against the terminal as well, so the
/// bytes over SSH are already minimal; skipping unchanged cells here saves
/// the CPU of re-adding a whole screen each frame. Never `clear()` per frame:
/// that makes ncurses repaint everything.
public final class TerminalRenderer {
    private let session: TerminalSession
    private let theme: ColorTheme
    private let pairs: ColorPairTable
    private let attributeBits: (bold: attr_t, reverse: attr_t, underline: attr_t, dim: attr_t)
    private var needsFullRepaint = false
    /// What the terminal shows (as far as ncurses knows).
    public private(set) var lastApplied: Screen?

    public init(session: TerminalSession, theme: ColorTheme? = nil) {
        self.session = session
        self.theme = theme ?? ColorTheme(depth: session.colorDepth)
        self.pairs = ColorPairTable(
            enabled: session.colorDepth != .monochrome,
            pairLimit: Int(cn_color_pairs()),
            defaultColorsAvailable: session.hasDefaultColors
        )
        attributeBits = (cn_a_bold(), cn_a_reverse(), cn_a_underline(), cn_a_dim())
    }

    /// Makes the terminal show `screen`.
    public func apply(_ screen: Screen) {
        guard session.isActive else { return }
        let window = cn_stdscr()
        let runs: [CellRun]
        if let last = lastApplied, !needsFullRepaint, last.width == screen.width, last.height == screen.height {
            runs = screen.changes(from: last)
        } else {
            // First frame, Ctrl-L or a new size: rebuild ncurses' picture from
            // nothing, and have the terminal cleared (resizes in tmux leave
            // reflowed debris).
            werase(window)
            clearok(window, true)
            runs = screen.fullRuns()
        }
        for run in runs {
            var col = run.col
            for cell in run.cells {
                write(cell, row: run.row, col: col)
                col += cell.width
            }
        }
        wnoutrefresh(window)
        doupdate()
        lastApplied = screen
        needsFullRepaint = false
    }

    /// The next `apply` clears the terminal and redraws every cell: for Ctrl-L
    /// after line noise or a `wall` message, and after a resize.
    public func forceFullRepaint() {
        needsFullRepaint = true
    }

    private func write(_ cell: Cell, row: Int, col: Int) {
        let glyph = CellGlyph.make(for: cell) { Int(cn_wcwidth($0)) }
        let resolved = theme.resolve(cell.style)
        let attributes = attributes(resolved.attributes)
        let pair = pairs.pair(foreground: resolved.foreground, background: resolved.background)
        // Writing the bottom-right cell returns ERR (the cursor cannot move
        // past it) though the cell is drawn; results are not checked.
        var characters = glyph.scalars.map { wchar_t(bitPattern: $0) }
        characters.append(0)
        _ = cn_put_cell(Int32(row), Int32(col), characters, attributes, pair)
        if glyph.fillsContinuation {
            let space: [wchar_t] = [0x20, 0]
            _ = cn_put_cell(Int32(row), Int32(col + 1), space, attributes, pair)
        }
    }

    private func attributes(_ attributes: TextAttributes) -> attr_t {
        var bits = cn_a_normal()
        if attributes.contains(.bold) { bits |= attributeBits.bold }
        if attributes.contains(.reverse) { bits |= attributeBits.reverse }
        if attributes.contains(.underline) { bits |= attributeBits.underline }
        if attributes.contains(.dim) { bits |= attributeBits.dim }
        return bits
    }
}
