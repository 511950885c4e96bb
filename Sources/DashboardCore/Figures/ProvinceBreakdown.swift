/// `by_province` summed over a set of crossing rows: where the people who
/// crossed departed from.
///
/// The breakdown is optional per row and may cover only part of a row's
/// total, so the counts alone can understate the whole. `totalOfRows` and
/// `rowsReporting` are kept beside them so a pane can show how much of the
/// total the breakdown accounts for.
public struct ProvinceBreakdown: Sendable, Equatable {
    /// Per province, largest count first; equal counts by province name.
    public var counts: [ProvinceCount]
    /// Rows looked at (rows in the day range).
    public var rows: Int
    /// Rows among them that carry `by_province`.
    public var rowsReporting: Int
    /// Sum of `total` over all rows looked at.
    public var totalOfRows: Int

    public init(counts: [ProvinceCount], rows: Int, rowsReporting: Int, totalOfRows: Int) {
        self.counts = counts
        self.rows = rows
        self.rowsReporting = rowsReporting
        self.totalOfRows = totalOfRows
    }

    /// Sum of the province counts.
    public var attributed: Int { counts.reduce(0) { $0 + $1.count } }

    /// Sums rows into a breakdown in one pass, sorting the provinces once at the end.
    static func summing<Rows: Sequence>(_ rows: Rows) -> ProvinceBreakdown where Rows.Element == Crossing {
        var accumulator = Accumulator()
        accumulator.add(rows)
        return accumulator.result
    }

    /// Running sums, so several points' rows can be added before sorting once.
    struct Accumulator {
        private var byProvince: [String: Int] = [:]
        private var rows = 0
        private var rowsReporting = 0
        private var totalOfRows = 0

        mutating func add<Rows: Sequence>(_ crossings: Rows) where Rows.Element == Crossing {
            for row in crossings {
                rows += 1
                totalOfRows += row.total
                guard let provinces = row.byProvince else { continue }
                rowsReporting += 1
                for entry in provinces { byProvince[entry.province, default: 0] += entry.count }
            }
        }

        var result: ProvinceBreakdown {
            let counts = byProvince
                .map { ProvinceCount(province: $0.key, count: $0.value) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.province < $1.province }
            return ProvinceBreakdown(counts: counts, rows: rows, rowsReporting: rowsReporting, totalOfRows: totalOfRows)
        }
    }
}
