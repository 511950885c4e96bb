import DashboardUI

/// A table's sort, written `COLUMN` or `COLUMN-asc` / `COLUMN-desc`: the
/// districts table's starting sort (`sort` in the config file, `--sort` on
/// the command line), or with `render --district` the camps table's. A
/// column alone takes the direction `s` would give it: names A→Z, figures
/// largest first.
struct TableSort<Column: SortableColumn>: Equatable, CustomStringConvertible {
    var column: Column
    var ascending: Bool

    /// What an operator types for each column, in the table's order.
    static var columnNames: [(name: String, column: Column)] { Column.allCases.map { (String(describing: $0), $0) } }

    /// `name, province, camps...`: the columns, for help and errors.
    static var columnList: String { columnNames.map(\.name).joined(separator: ", ") }

    /// Every accepted spelling's pattern, for error messages and help.
    static var accepted: String { "COLUMN, COLUMN-asc or COLUMN-desc with COLUMN one of " + columnList }

    init(column: Column, ascending: Bool) {
        self.column = column
        self.ascending = ascending
    }

    /// Parses `population`, `population-desc`, `name-asc`...; nil for anything else.
    init?(text: String) {
        let lowered = text.lowercased()
        var columnText = lowered
        var ascending: Bool?
        for (suffix, direction) in [("-asc", true), ("-desc", false)] where lowered.hasSuffix(suffix) {
            columnText = String(lowered.dropLast(suffix.count))
            ascending = direction
        }
        guard let column = Self.columnNames.first(where: { $0.name == columnText })?.column else { return nil }
        self.init(column: column, ascending: ascending ?? column.ascendingByDefault)
    }

    var description: String {
        "\(String(describing: column))-\(ascending ? "asc" : "desc")"
    }
}

typealias DistrictSort = TableSort<DistrictColumn>
typealias CampSort = TableSort<CampColumn>

extension TableSort where Column == DistrictColumn {
    /// The dashboard's own starting sort: largest population first.
    static var builtIn: DistrictSort {
        let table = TableState<DistrictColumn>(sortColumn: .population)
        return DistrictSort(column: table.sortColumn, ascending: table.ascending)
    }
}
