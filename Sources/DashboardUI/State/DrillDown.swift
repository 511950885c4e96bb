import DashboardCore

/// The camps of one district, entered with Enter from the districts table.
public struct DrillDown: Sendable {
    public let districtID: String
    public var camps: TableState<CampColumn>

    public init(districtID: String) {
        self.districtID = districtID
        camps = TableState(sortColumn: .population)
    }
}
