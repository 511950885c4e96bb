import DashboardCore
extension Screen {
    /// Writes `text` from (row, col), at most `maxWidth` cells and never past
    /// the right edge. Text that does not fit ends in "…"; wide characters and
    /// graphemes are never split. Unsafe scalars become U+FFFD and graphemes
    /// that take no cells on their own are dropped.
    /// Returns the number of cells written.
    @discardableResult
    public mutating func put(text: String, row: Int, col: Int, style: Style = .normal, maxWidth: Int? = nil) -> Int {
        guard contains(row: row, col: col) else { return 0 }
        let limit = min(maxWidth ?? Int.max, width - col)
        guard limit > 0 else { return 0 }
        // Printable ASCII (most of a frame) needs no sanitising or grapheme
        // breaking: one byte, one cell.
        if let textWidth = TextWidth.printableASCIIWidth(text), textWidth <= limit {
            var current = col
            var text = text
            text.withUTF8 { bytes in
                for byte in bytes {
                    set(Cell(symbol: String(UnicodeScalar(byte)), width: 1, style: style), row: row, col: current)
                    current += 1
                }
            }
            return current - col
        }
        let fitted = TextWidth.truncate(TerminalSafeText.sanitize(text), toWidth: limit)
        var current = col
        for character in fitted {
            let characterWidth = TextWidth.of(character)
            guard characterWidth > 0 else { continue }
            set(Cell(symbol: String(character), width: characterWidth, style: style), row: row, col: current)
            current += characterWidth
        }
        return current - col
    }

    /// The grid as plain text, one string per row with trailing spaces
    /// trimmed: for golden-screen tests and `repatdash render`.
    public func lines() -> [String] {
        (0..<height).map { row in
            var line = ""
            for col in 0..<width {
                line += cells[row * width + col].symbol
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// `lines()` joined with newlines.
    public var text: String { lines().joined(separator: "\n") }
}

extension Screen: CustomStringConvertible {
    public var description: String { text }
}
