/// Where each pane goes for a terminal size. Pure, so `update` (page sizes)
/// and `view` (drawing) agree on it.
///
/// Below 140 columns the districts table spans the width with crossings and
/// deadlines side by side underneath; from 140 the table takes the left part
/// and the other two stack on the right, so a wall display shows more days and rows.
public struct Layout: Sendable, Equatable {
    public static let minimumWidth = 80
    public static let minimumHeight = 24

    public let width: Int
    public let height: Int
    /// Row 0: title and breadcrumb.
    public let header: Rect
    public let districts: Rect
    public let crossings: Rect
    public let deadlines: Rect
    /// The last row.
    public let status: Rect

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        header = Rect(row: 0, col: 0, width: width, height: 1)
        status = Rect(row: max(0, height - 1), col: 0, width: width, height: 1)
        let bodyTop = 1, bodyHeight = max(0, height - 2)
        if width >= 140 {
            let left = width * 11 / 20
            districts = Rect(row: bodyTop, col: 0, width: left, height: bodyHeight)
            let chartHeight = bodyHeight * 3 / 5
            crossings = Rect(row: bodyTop, col: left, width: width - left, height: chartHeight)
            deadlines = Rect(row: bodyTop + chartHeight, col: left, width: width - left, height: bodyHeight - chartHeight)
        } else {
            let band = max(10, bodyHeight * 2 / 5)
            districts = Rect(row: bodyTop, col: 0, width: width, height: max(0, bodyHeight - band))
            let chartWidth = width * 3 / 5
            crossings = Rect(row: bodyTop + districts.height, col: 0, width: chartWidth, height: band)
            deadlines = Rect(row: bodyTop + districts.height, col: chartWidth, width: width - chartWidth, height: band)
        }
    }

    public var isTooSmall: Bool { width < Layout.minimumWidth || height < Layout.minimumHeight }

    /// Table rows that fit in the districts pane: less the two borders, the
    /// column header and the totals row.
    public var tableBodyRows: Int { max(1, districts.height - 4) }

    /// Deadlines that fit in their pane (one row each, inside the borders).
    public var deadlineRows: Int { max(1, deadlines.height - 2) }
}
