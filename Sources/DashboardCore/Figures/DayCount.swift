/// One day of a dense daily series: the day and its total, nil when the
/// producer sent no row for that day (unknown, which is not the same as zero).
public struct DayCount: Sendable, Equatable {
    public var day: CalendarDay
    public var total: Int?

    public init(day: CalendarDay, total: Int?) {
        self.day = day
        self.total = total
    }
}
