/// Consecutive cells of one row that must be written to the terminal,
/// starting at `col`. Continuation cells are not included: each wide cell
/// advances the column by 2.
public struct CellRun: Sendable, Equatable {
    public let row: Int
    public let col: Int
    public var cells: [Cell]

    public init(row: Int, col: Int, cells: [Cell]) {
        self.row = row
        self.col = col
        self.cells = cells
    }

    /// Terminal columns the run covers.
    public var width: Int { cells.reduce(0) { $0 + $1.width } }
    /// One past the last column the run covers.
    public var endCol: Int { col + width }
}
