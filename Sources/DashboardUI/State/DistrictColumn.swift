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

    /// Orders two rows by this column; ties fall back to name, then id, so the order is total.
    /// The definition of the table's order: `DistrictOrder` precomputes it
    /// per snapshot as sort keys, and its tests check it against this.
    func areInIncreasingOrder(_ a: DistrictFigures, _ b: DistrictFigures) -> Bool {
        switch self {
        case .name: break
        case .province: if a.province != b.province { return a.province < b.province }
        case .camps: if a.campsOpen != b.campsOpen { return a.campsOpen < b.campsOpen }
            if a.campsTotal != b.campsTotal { return a.campsTotal < b.campsTotal }
        case .population: if a.population != b.population { return a.population < b.population }
        case .change:
            let x = a.populationChange ?? Int.min, y = b.populationChange ?? Int.min
            if x != y { return x < y }
        }
        if a.name != b.name { return a.name < b.name }
        return a.id < b.id
    }
}
