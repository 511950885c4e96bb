import DashboardCore

/// A column of the crossings table (`t`). Day and Total always show; the
/// others scroll with ← and →, in this order: deported, families, the four
/// documents in the format's order, then the provinces by name (as
/// `CrossingTable.provinces`). The export has the same columns.
enum CrossingsTableColumn: Hashable, Sendable {
    case day, total, deported, families, por, acc, undocumented, other
    /// Index into `CrossingTable.provinces`.
    case province(Int)

    static let pinned: [CrossingsTableColumn] = [.day, .total]

    static func scrolled(provinces: Int) -> [CrossingsTableColumn] {
        [.deported, .families, .por, .acc, .undocumented, .other] + (0..<provinces).map(CrossingsTableColumn.province)
    }

    /// Headers longer than this (a province such as "Azad Jammu and Kashmir")
    /// are cut, so one long name does not take a narrow pane's whole width.
    static let longestTitle = 12

    func title(provinces: [String]) -> String {
        switch self {
        case .day: "Day"
        case .total: "Total"
        case .deported: "Deported"
        case .families: "Families"
        case .por: "PoR"
        case .acc: "ACC"
        case .undocumented: "Undoc."
        case .other: "Other"
        case .province(let index): provinces[index]
        }
    }

    /// The figure this column shows; nil for the day.
    func figure(of figures: CrossingDayFigures) -> ReportedSum? {
        switch self {
        case .day: nil
        case .total: figures.total
        case .deported: figures.deported
        case .families: figures.families
        case .por: figures.documents.por
        case .acc: figures.documents.acc
        case .undocumented: figures.documents.undocumented
        case .other: figures.documents.other
        case .province(let index): figures.provinces[index]
        }
    }
}
