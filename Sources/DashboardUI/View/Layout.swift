/// Where each pane goes for a terminal size. Pure, so `update` (page sizes)
/// and `view` (drawing) agree on it.
///
/// The districts table spans the width with crossings and deadlines side by
/// side underneath. From 140 columns, once the table on screen can have every
/// one of its columns (`tableWidth`) on the left with at least
/// `sideMinimumWidth` left over, the table takes the left part (11/20 of the
/// width, or more if its columns need it) and the other two stack on the
/// right, so a wall display shows more days and rows. Waiting for every
/// column keeps a wider terminal from ever showing fewer table columns than a
/// narrower one (a fixed switch at 140 showed 9 district columns at 135 and
/// 5 at 140, and the households only from 240).
public struct Layout: Sendable, Equatable {
    public static let minimumWidth = 80
    public static let minimumHeight = 24
    /// The least width the crossings and deadlines get on the right.
    public static let sideMinimumWidth = 60

    public let width: Int
    public let height: Int
    /// Row 0: title and breadcrumb.
    public let header: Rect
    public let districts: Rect
    public let crossings: Rect
    public let deadlines: Rect
    /// The last row.
    public let status: Rect

    /// `tableWidth`: cells the table on screen needs to show every column
    /// (border included); nil switches at 140 columns whatever the table.
    public init(width: Int, height: Int, tableWidth: Int? = nil) {
        self.width = width
        self.height = height
        header = Rect(row: 0, col: 0, width: width, height: 1)
        status = Rect(row: max(0, height - 1), col: 0, width: width, height: 1)
        let bodyTop = 1, bodyHeight = max(0, height - 2)
        let left = max(width * 11 / 20, tableWidth ?? 0)
        if width >= 140, width - left >= Layout.sideMinimumWidth {
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

    /// Day rows of the crossings table (`t`): less the two borders and the column header.
    public var crossingsTableRows: Int { max(1, crossings.height - 3) }
}
