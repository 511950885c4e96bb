/// The daily series of one crossing point and the figures read from it.
///
/// Every window is counted back from "today", the snapshot's own day in its
/// time zone (see `SnapshotDay`), never from the last day that has a row: a
/// producer that falls behind must show as missing days, not as an older
/// week passed off as the latest. The format allows today's row to be
/// partial, so it is reported apart and never treated as a complete day.
/// A row dated after today is a producer error (`validate` warns about it):
/// it is counted in `rowsAfterToday` and nowhere else.
///
/// The windows, for a snapshot of day D:
/// - today: D alone (`todayRow`, possibly partial);
/// - the last complete day: D-1 (`lastCompleteDay`);
/// - the 7-day average: D-7 … D-1 (`sevenDayAverage`), over the days that
///   have a row;
/// - total and deported share: every row from the first one up to D,
///   today's partial row included.
public struct CrossingPointFigures: Sendable, Equatable {
    public let point: String
    public let today: CalendarDay
    /// This point's rows dated today or earlier, oldest first.
    public let rows: [Crossing]
    /// Sum of `total` over `rows`, today's partial row included.
    public let windowTotal: Int
    /// The row dated today, if the producer sent one; its count may be partial.
    public let todayRow: Crossing?
    /// The row dated `lastCompleteDay`, if the producer sent one.
    public let lastCompleteRow: Crossing?
    /// The average over the 7 days before today (see `average(before:)`).
    public let sevenDayAverage: DailyAverage
    /// Deported share over `rows` that report `deported`.
    public let deportedShare: DeportedShare
    /// Rows dated after today (a producer error): counted nowhere else.
    public let rowsAfterToday: Int

    /// Number of calendar days in the average before a day.
    public static let averageDays = 7

    /// `rows` must all belong to `point`; any order. Sorts once, then reads
    /// every figure in a single pass plus binary searches.
    public init<Rows: Sequence>(point: String, rows unsorted: Rows, today: CalendarDay) where Rows.Element == Crossing {
        let sorted = unsorted.sorted { $0.date < $1.date }
        let firstAfterToday = CrossingPointFigures.firstIndex(in: sorted, onOrAfter: today.adding(days: 1))
        let rows = firstAfterToday == sorted.count ? sorted : Array(sorted[..<firstAfterToday])
        self.point = point
        self.today = today
        self.rows = rows
        rowsAfterToday = sorted.count - firstAfterToday

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

        todayRow = rows.last.flatMap { $0.date == today ? $0 : nil }
        lastCompleteRow = CrossingPointFigures.row(in: rows, on: CrossingPointFigures.lastCompleteDay(before: today))
        sevenDayAverage = CrossingPointFigures.average(of: rows, before: today, today: today)
    }

    /// The last day known to be over when `today` is the snapshot's day: the
    /// day before it. Whether the producer sent a row for it is another
    /// matter (`lastCompleteRow`).
    public static func lastCompleteDay(before today: CalendarDay) -> CalendarDay {
        today.adding(days: -1)
    }

    /// The `averageDays` calendar days before `day`, `day` itself excluded:
    /// D-7 … D-1 for D.
    public static func averageWindow(before day: CalendarDay) -> ClosedRange<CalendarDay> {
        day.adding(days: -averageDays)...day.adding(days: -1)
    }

    /// Mean of the complete days' rows within `averageWindow(before: day)`,
    /// over the days that have a row; today's partial row never counts.
    /// For a surge: the last complete day against
    /// `average(before: lastCompleteDay)`.
    public func average(before day: CalendarDay) -> DailyAverage {
        CrossingPointFigures.average(of: rows, before: day, today: today)
    }

    /// The day before today (see `lastCompleteDay(before:)`).
    public var lastCompleteDay: CalendarDay { CrossingPointFigures.lastCompleteDay(before: today) }
    /// The average over the 7 days before the last complete day: what that
    /// day's total is compared with to call it unusual.
    public var averageBeforeLastCompleteDay: DailyAverage { average(before: lastCompleteDay) }

    /// Today's count so far; nil when there is no row for today.
    public var todayPartial: Int? { todayRow?.total }
    /// The last complete day's total; nil when the producer sent no row for it.
    public var lastCompleteDayTotal: Int? { lastCompleteRow?.total }
    /// First to last row date; nil when the point has no rows.
    public var dateRange: ClosedRange<CalendarDay>? {
        guard let first = rows.first, let last = rows.last else { return nil }
        return first.date...last.date
    }

    /// The row dated `day`, if any.
    public func row(on day: CalendarDay) -> Crossing? {
        CrossingPointFigures.row(in: rows, on: day)
    }

    /// The rows dated within `range`, oldest first.
    public func rows(in range: ClosedRange<CalendarDay>) -> ArraySlice<Crossing> {
        CrossingPointFigures.rows(in: rows, within: range)
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

    static func row(in rows: [Crossing], on day: CalendarDay) -> Crossing? {
        let index = firstIndex(in: rows, onOrAfter: day)
        return index < rows.count && rows[index].date == day ? rows[index] : nil
    }

    static func rows(in rows: [Crossing], within range: ClosedRange<CalendarDay>) -> ArraySlice<Crossing> {
        let start = firstIndex(in: rows, onOrAfter: range.lowerBound)
        let end = firstIndex(in: rows, onOrAfter: range.upperBound.adding(days: 1))
        return rows[start..<max(start, end)]
    }

    /// The window before `day` keeps its 7 days whatever `day` is; only its
    /// rows dated before `today` (complete days) are averaged.
    static func average(of rows: [Crossing], before day: CalendarDay, today: CalendarDay) -> DailyAverage {
        let window = averageWindow(before: day)
        let lastComplete = min(window.upperBound, today.adding(days: -1))
        let inWindow = window.lowerBound <= lastComplete ? self.rows(in: rows, within: window.lowerBound...lastComplete) : []
        return DailyAverage(span: window, daysCovered: inWindow.count, sum: inWindow.reduce(0) { $0 + $1.total })
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
