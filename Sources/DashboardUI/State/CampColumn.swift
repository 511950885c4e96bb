import DashboardCore

/// Columns of a district's camps table (the drill-down), in their order on
/// screen: the order `s` cycles through them and `<` `>` move along.
public enum CampColumn: Int, Sendable, CaseIterable, SortableColumn {
    case name, status, population, por, acc, undocumented, other, households, denotified, change

    public var title: String {
        switch self {
        case .name: "Camp"
        case .status: "Status"
        case .population: "Population"
        case .por: "PoR"
        case .acc: "ACC"
        case .undocumented: "Undoc."
        case .other: "Other"
        case .households: "Households"
        case .denotified: "De-notified"
        case .change: "Change"
        }
    }

    public var ascendingByDefault: Bool { self == .name || self == .status || self == .denotified }

    /// Whether `a` comes before `b` when the table is sorted by this column:
    /// the column's value in the chosen direction, then A→Z by name (natural order) and by id
    /// whichever the direction (as `DistrictColumn.precedes`).
    func precedes(_ a: CampFigures, _ b: CampFigures, ascending: Bool) -> Bool {
        if let aFirst = valueOrder(a, b) { return aFirst == ascending }
        if a.camp.name != b.camp.name { return NaturalOrder.precedes(a.camp.name, b.camp.name) }
        return a.camp.id < b.camp.id
    }

    /// Whether `a`'s value is below `b`'s; nil when they are equal.
    private func valueOrder(_ a: CampFigures, _ b: CampFigures) -> Bool? {
        // Unknown values (absent optional fields) sort below every known one.
        func compare(_ x: Int?, _ y: Int?) -> Bool? { x == y ? nil : (x ?? -1) < (y ?? -1) }
        switch self {
        case .name: return a.camp.name == b.camp.name ? nil : NaturalOrder.precedes(a.camp.name, b.camp.name)
        case .status: return a.camp.status == b.camp.status ? nil : a.camp.status.rawValue < b.camp.status.rawValue
        case .population: return compare(a.camp.population, b.camp.population)
        case .por: return compare(a.camp.byDocument?.por, b.camp.byDocument?.por)
        case .acc: return compare(a.camp.byDocument?.acc, b.camp.byDocument?.acc)
        case .undocumented: return compare(a.camp.byDocument?.undocumented, b.camp.byDocument?.undocumented)
        case .other: return compare(a.camp.byDocument?.other, b.camp.byDocument?.other)
        case .households: return compare(a.camp.households, b.camp.households)
        case .denotified: return compare(a.camp.denotifiedOn?.daysSinceEpoch, b.camp.denotifiedOn?.daysSinceEpoch)
        case .change:
            return a.changeSortValue == b.changeSortValue ? nil : (a.changeSortValue ?? Int.min) < (b.changeSortValue ?? Int.min)
        }
    }
}
