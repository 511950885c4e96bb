import DashboardCore

/// Columns of the districts table, in their order on screen: the order `s`
/// cycles through them and `<` `>` move along. Every column sorts.
public enum DistrictColumn: Int, Sendable, CaseIterable, SortableColumn {
    case name, province, camps, population, por, acc, undocumented, other, households, change

    public var title: String {
        switch self {
        case .name: "District"
        case .province: "Province"
        case .camps: "Camps"
        case .population: "Population"
        case .por: "PoR"
        case .acc: "ACC"
        case .undocumented: "Undoc."
        case .other: "Other"
        case .households: "Households"
        case .change: "Change"
        }
    }

    /// Text sorts A→Z first; figures largest first, which is what an operator looks for.
    public var ascendingByDefault: Bool { self == .name || self == .province }

    /// Whether `a` comes before `b` when the table is sorted by this column.
    /// The column's figure decides, in the chosen direction; ties read A→Z by
    /// name (natural order), then by id, whichever the direction, so the order
    /// is total and a descending sort does not list equal figures Z→A. A new
    /// district sorts by its whole population as a rise (`changeSortValue`).
    /// The definition of the table's order: `DistrictOrder` precomputes it per
    /// snapshot as sort keys, and its tests check it against this.
    func precedes(_ a: DistrictFigures, _ b: DistrictFigures, ascending: Bool) -> Bool {
        if let aFirst = figureOrder(a, b) { return aFirst == ascending }
        if a.name != b.name { return NaturalOrder.precedes(a.name, b.name) }
        return a.id < b.id
    }

    /// Whether `a`'s figure is below `b`'s; nil when they are equal.
    private func figureOrder(_ a: DistrictFigures, _ b: DistrictFigures) -> Bool? {
        switch self {
        case .name: return a.name == b.name ? nil : NaturalOrder.precedes(a.name, b.name)
        case .province: return a.province == b.province ? nil : NaturalOrder.precedes(a.province, b.province)
        default:
            let figureA = sortValue(a)!, figureB = sortValue(b)!
            return figureA == figureB ? nil : figureA < figureB
        }
    }

    /// The figure a column of numbers sorts by, two numbers compared in order
    /// (camps: open, then listed). A sum no camp reported sorts below every
    /// reported one (below 0), as an absent value does in the camps table; a
    /// change there is nothing to compare with sorts below every change.
    /// Nil for the name and province, which sort as text.
    func sortValue(_ district: DistrictFigures) -> (Int, Int)? {
        func reported(_ sum: ReportedSum) -> (Int, Int) { (sum.isUnreported ? -1 : sum.sum, 0) }
        switch self {
        case .name, .province: return nil
        case .camps: return (district.campsOpen, district.campsTotal)
        case .population: return (district.population, 0)
        case .por: return reported(district.documents.por)
        case .acc: return reported(district.documents.acc)
        case .undocumented: return reported(district.documents.undocumented)
        case .other: return reported(district.documents.other)
        case .households: return reported(district.households)
        case .change: return (district.changeSortValue ?? Int.min, 0)
        }
    }
}
