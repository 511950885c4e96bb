/// A rectangle of cells on a `Screen`, in rows and columns from the top left.
public struct Rect: Sendable, Hashable {
    public var row: Int
    public var col: Int
    public var width: Int
    public var height: Int

    public init(row: Int, col: Int, width: Int, height: Int) {
        self.row = row
        self.col = col
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var isEmpty: Bool { width == 0 || height == 0 }
    /// One past the last row / column.
    public var bottom: Int { row + height }
    public var right: Int { col + width }

    /// This rectangle shrunk by `amount` cells on every side (a box's inside).
    public func inset(by amount: Int) -> Rect {
        Rect(row: row + amount, col: col + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// The cells both rectangles cover; empty when they do not overlap.
    public func intersection(_ other: Rect) -> Rect {
        let top = max(row, other.row)
        let left = max(col, other.col)
        let bottom = min(self.bottom, other.bottom)
        let right = min(self.right, other.right)
        guard bottom > top, right > left else { return Rect(row: top, col: left, width: 0, height: 0) }
        return Rect(row: top, col: left, width: right - left, height: bottom - top)
    }
}
