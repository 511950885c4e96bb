import DashboardUI

/// The districts table's starting sort, written `COLUMN` or `COLUMN-asc` /
/// `COLUMN-desc` (`sort` in the config file, `--sort` on the command line).
/// A column alone takes the direction `s` would give it: names A→Z, figures
/// largest first.
struct DistrictSort: Equatable, CustomStringConvertible {
    var column: DistrictColumn
    var ascending: Bool

    /// The dashboard's own starting sort: largest population first.
    static let builtIn: DistrictSort = {
        let table = TableState<DistrictColumn>(sortColumn: .population)
        return DistrictSort(column: table.sortColumn, ascending: table.ascending)
    }()

    /// What an operator types for each column, in the order `s` cycles.
    static let columnNames: [(name: String, column: DistrictColumn)] = DistrictColumn.allCases.map { (String(describing: $0), $0) }

    /// Every accepted spelling's pattern, for error messages and help.
    static let accepted = "COLUMN, COLUMN-asc or COLUMN-desc with COLUMN one of " + columnNames.map(\.name).joined(separator: ", ")

    init(column: DistrictColumn, ascending: Bool) {
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
