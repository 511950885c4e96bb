import DashboardCore

/// Columns of a district's camps table (the drill-down), in the order `s` cycles.
public enum CampColumn: Int, Sendable, CaseIterable, SortableColumn {
    case name, status, population, por, acc, undocumented, households, denotified, change

    public var title: String {
        switch self {
        case .name: "Camp"
        case .status: "Status"
        case .population: "Population"
        case .por: "PoR"
        case .acc: "ACC"
        case .undocumented: "Undoc."
        case .households: "Households"
        case .denotified: "De-notified"
        case .change: "Change"
        }
    }

    public var ascendingByDefault: Bool { self == .name || self == .status || self == .denotified }

    func areInIncreasingOrder(_ a: CampFigures, _ b: CampFigures) -> Bool {
        // Unknown values (absent optional fields) sort below every known one.
        func compare(_ x: Int?, _ y: Int?) -> Bool? { x == y ? nil : (x ?? -1) < (y ?? -1) }
        let decided: Bool?
        switch self {
        case .name: decided = nil
        case .status: decided = a.camp.status == b.camp.status ? nil : a.camp.status.rawValue < b.camp.status.rawValue
        case .population: decided = compare(a.camp.population, b.camp.population)
        case .por: decided = compare(a.camp.byDocument?.por, b.camp.byDocument?.por)
        case .acc: decided = compare(a.camp.byDocument?.acc, b.camp.byDocument?.acc)
        case .undocumented: decided = compare(a.camp.byDocument?.undocumented, b.camp.byDocument?.undocumented)
        case .households: decided = compare(a.camp.households, b.camp.households)
        case .denotified: decided = compare(a.camp.denotifiedOn?.daysSinceEpoch, b.camp.denotifiedOn?.daysSinceEpoch)
        case .change: decided = a.populationChange == b.populationChange ? nil : (a.populationChange ?? Int.min) < (b.populationChange ?? Int.min)
        }
        if let decided { return decided }
        if a.camp.name != b.camp.name { return a.camp.name < b.camp.name }
        return a.camp.id < b.camp.id
    }
}
