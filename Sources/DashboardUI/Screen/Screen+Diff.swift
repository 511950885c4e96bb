extension Screen {
    /// The cells that differ from `old`, as runs per row, in row order: what
    /// the renderer must write to turn `old` into this screen. A screen of a
    /// different size differs everywhere (see `fullRuns()`).
    ///
    /// Like ratatui's buffer diff, the right half of a wide character is never
    /// emitted: writing the left half draws both. Unlike ratatui, a hidden
    /// right half is an explicit continuation cell, so replacing a wide
    /// character by a narrow one (or shifting it) always shows up as a change
    /// in the column it used to cover, and no extra invalidation is needed.
    public func changes(from old: Screen) -> [CellRun] {
        guard old.width == width, old.height == height else { return fullRuns() }
        var runs: [CellRun] = []
        for row in 0..<height {
            var current: CellRun?
            for col in 0..<width {
                let index = row * width + col
                let cell = cells[index]
                guard !cell.isContinuation, cell != old.cells[index] else { continue }
                if current != nil, current!.endCol == col {
                    current!.cells.append(cell)
                } else {
                    if let finished = current { runs.append(finished) }
                    current = CellRun(row: row, col: col, cells: [cell])
                }
            }
            if let finished = current { runs.append(finished) }
        }
        return runs
    }

    /// Every row as one run: the first frame, or a repaint after a resize.
    public func fullRuns() -> [CellRun] {
        (0..<height).map { row in
            let rowCells = cells[(row * width)..<((row + 1) * width)].filter { !$0.isContinuation }
            return CellRun(row: row, col: 0, cells: rowCells)
        }
    }
}
