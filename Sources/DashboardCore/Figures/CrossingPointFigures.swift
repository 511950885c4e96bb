/// The daily series of one crossing point and the figures read from it.
///
/// "Today" is the snapshot's own day in its time zone (see `SnapshotDay`).
/// The format allows today's row to be partial, so it is reported apart and
/// never treated as a complete day. A row dated after today is a producer
/// error the format does not reject; it is kept in `rows` and in the window
/// figures (it is data the producer sent), counted in `rowsAfterToday`, and
/// never treated as a complete day either.
public struct CrossingPointFigures: Sendable, Equatable {
    public let point: String
    public let today: CalendarDay
    /// This point's rows, oldest first.
    public let rows: [Crossing]
    /// Sum of `total` over every row of this point, today's partial row included.
    public let windowTotal: Int
    /// The row dated today, if the producer sent one; its count may be partial.
    public let todayRow: Crossing?
    /// The latest row dated before today: the last day known to be over.
    public let lastCompleteRow: Crossing?
    /// Mean of the rows dated within the 7 calendar days ending at the last
    /// complete day, over the days that have a row (see `DailyAverage`).
    /// Nil when there is no complete day.
    public let sevenDayAverage: DailyAverage?
    /// Deported share over every row of this point that reports `deported`.
    public let deportedShare: DeportedShare
    /// Rows dated after today (a producer error; kept, but not complete days).
    public let rowsAfterToday: Int

    /// Number of calendar days in the average ending at the last complete day.
    public static let averageDays = 7

    /// `rows` must all belong to `point`; any order. Sorts once, then reads
    /// every figure in a single pass plus binary searches.
    public init<Rows: Sequence>(point: String, rows unsorted: Rows, today: CalendarDay) where Rows.Element == Crossing {
        let rows = unsorted.sorted { $0.date < $1.date }
        self.point = point
        self.today = today
        self.rows = rows

        var total = 0
        var deported = 0
        var deportedBase = 0
        var deportedRows = 0
        for row in rows {
            total += row.total
            if let removed = row.deported {
                deported += removed
                deportedBase += row.total
                deportedRows += 1
            }
        }
        windowTotal = total
        deportedShare = DeportedShare(
            deported: deported, total: deportedBase, rowsReporting: deportedRows, rowsConsidered: rows.count
        )

        let firstTodayOrLater = CrossingPointFigures.firstIndex(in: rows, onOrAfter: today)
        let firstAfterToday = CrossingPointFigures.firstIndex(in: rows, onOrAfter: today.adding(days: 1))
        todayRow = firstTodayOrLater < firstAfterToday ? rows[firstTodayOrLater] : nil
        rowsAfterToday = rows.count - firstAfterToday

        if firstTodayOrLater > 0 {
            let last = rows[firstTodayOrLater - 1]
            lastCompleteRow = last
            let span = last.date.adding(days: -(CrossingPointFigures.averageDays - 1))...last.date
            let start = CrossingPointFigures.firstIndex(in: rows, onOrAfter: span.lowerBound)
            let inSpan = rows[start..<firstTodayOrLater]
            sevenDayAverage = DailyAverage(span: span, daysCovered: inSpan.count, sum: inSpan.reduce(0) { $0 + $1.total })
        } else {
            lastCompleteRow = nil
            sevenDayAverage = nil
        }
    }

    /// Today's count so far; nil when there is no row for today.
    public var todayPartial: Int? { todayRow?.total }
    /// The last day known to be over; nil when no row is dated before today.
    public var lastCompleteDay: CalendarDay? { lastCompleteRow?.date }
    /// That day's total.
    public var lastCompleteDayTotal: Int? { lastCompleteRow?.total }
    /// First to last row date; nil when the point has no rows.
    public var dateRange: ClosedRange<CalendarDay>? {
        guard let first = rows.first, let last = rows.last else { return nil }
        return first.date...last.date
    }

    /// The row dated `day`, if any.
    public func row(on day: CalendarDay) -> Crossing? {
        let index = CrossingPointFigures.firstIndex(in: rows, onOrAfter: day)
        return index < rows.count && rows[index].date == day ? rows[index] : nil
    }

    /// The rows dated within `range`, oldest first.
    public func rows(in range: ClosedRange<CalendarDay>) -> ArraySlice<Crossing> {
        let start = CrossingPointFigures.firstIndex(in: rows, onOrAfter: range.lowerBound)
        let end = CrossingPointFigures.firstIndex(in: rows, onOrAfter: range.upperBound.adding(days: 1))
        return rows[start..<max(start, end)]
    }

    /// One entry per calendar day of `range`, oldest first, with nil for days
    /// that have no row — for charts that must show gaps as gaps.
    public func denseSeries(over range: ClosedRange<CalendarDay>) -> [DayCount] {
        var series = [DayCount]()
        series.reserveCapacity(range.upperBound - range.lowerBound + 1)
        var index = CrossingPointFigures.firstIndex(in: rows, onOrAfter: range.lowerBound)
        var day = range.lowerBound
        while day <= range.upperBound {
            // Skips a duplicate date, which validation rejects but which must not stall the walk.
            while index < rows.count, rows[index].date < day { index += 1 }
            if index < rows.count, rows[index].date == day {
                series.append(DayCount(day: day, total: rows[index].total))
                index += 1
            } else {
                series.append(DayCount(day: day, total: nil))
            }
            day = day.adding(days: 1)
        }
        return series
    }

    /// `by_province` summed over the rows dated within `range`.
    public func byProvince(over range: ClosedRange<CalendarDay>) -> ProvinceBreakdown {
        ProvinceBreakdown.summing(rows(in: range))
    }

    /// Index of the first row dated on or after `day` (binary search on sorted rows).
    static func firstIndex(in rows: [Crossing], onOrAfter day: CalendarDay) -> Int {
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if rows[middle].date < day { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
