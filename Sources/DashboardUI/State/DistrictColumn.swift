import DashboardCore

/// Columns of the districts table, in the order `s` cycles through them.
public enum DistrictColumn: Int, Sendable, CaseIterable, SortableColumn {
    case name, province, camps, population, change

    public var title: String {
        switch self {
        case .name: "District"
        case .province: "Province"
        case .camps: "Camps"
        case .population: "Population"
        case .change: "Change"
        }
    }

    /// Text sorts A→Z first; figures largest first, which is what an operator looks for.
    public var ascendingByDefault: Bool { self == .name || self == .province }

    /// Whether `a` comes before `b` when the table is sorted by this column.
    /// The column's figure decides, in the chosen direction; ties read A→Z by
    /// name, then by id, whichever the direction, so the order is total and a
    /// descending sort does not list equal figures Z→A. A new district sorts by
    /// its whole population as a rise (`changeSortValue`). The definition of
    /// the table's order: `DistrictOrder` precomputes it per snapshot as sort
    /// keys, and its tests check it against this.
    func precedes(_ a: DistrictFigures, _ b: DistrictFigures, ascending: Bool) -> Bool {
        if let aFirst = figureOrder(a, b) { return aFirst == ascending }
        if a.name != b.name { return a.name < b.name }
        return a.id < b.id
    }

    /// Whether `a`'s figure is below `b`'s; nil when they are equal.
    private func figureOrder(_ a: DistrictFigures, _ b: DistrictFigures) -> Bool? {
        switch self {
        case .name: a.name == b.name ? nil : a.name < b.name
        case .province: a.province == b.province ? nil : a.province < b.province
        case .camps: (a.campsOpen, a.campsTotal) == (b.campsOpen, b.campsTotal) ? nil : (a.campsOpen, a.campsTotal) < (b.campsOpen, b.campsTotal)
        case .population: a.population == b.population ? nil : a.population < b.population
        case .change:
            a.changeSortValue == b.changeSortValue ? nil : (a.changeSortValue ?? Int.min) < (b.changeSortValue ?? Int.min)
        }
    }
}
