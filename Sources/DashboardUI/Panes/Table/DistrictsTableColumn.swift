/// The columns the districts pane can show: the sortable `DistrictColumn`s
/// plus the document and household sums, which appear when there is room.
enum DistrictsTableColumn: Hashable, Sendable, CaseIterable {
    case name, province, camps, population, por, acc, undocumented, other, households, change

    /// What `s` sorts by when this column is marked; nil for columns that do not sort.
    var sortColumn: DistrictColumn? {
        switch self {
        case .name: .name
        case .province: .province
        case .camps: .camps
        case .population: .population
        case .change: .change
        case .por, .acc, .undocumented, .other, .households: nil
        }
    }

    var title: String {
        switch self {
        case .por: "PoR"
        case .acc: "ACC"
        case .undocumented: "Undoc."
        case .other: "Other"
        case .households: "Households"
        default: sortColumn!.title
        }
    }

    /// Applied in order until the table fits. `other` goes first: few
    /// producers send it, and the three named groups are what deadlines
    /// concern. Households go before the
    /// document counts; then PoR, ACC, undocumented: the reverse of the order
    /// in which the repatriation plan gave these groups deadlines, so the
    /// groups due earliest stay longest. The five core columns fit at 80
    /// columns; in a narrower pane the province is cut, then dropped, then
    /// camps, then change. Name and population always stay.
    static let narrowing: [TableNarrowing<DistrictsTableColumn>] = [
        .drop(.other), .drop(.households), .drop(.por), .drop(.acc), .drop(.undocumented),
        .shrink(.province), .drop(.province), .drop(.camps), .drop(.change),
    ]
}
