/// The share of people removed by the authorities among those who crossed,
/// counted only over rows that report `deported`: a row without it says
/// nothing about how its people left, so its total is kept out of the
/// denominator as well.
public struct DeportedShare: Sendable, Equatable {
    /// Sum of `deported` over the rows that report it.
    public var deported: Int
    /// Sum of `total` over the same rows.
    public var total: Int
    /// How many rows report `deported`.
    public var rowsReporting: Int
    /// How many rows were looked at.
    public var rowsConsidered: Int

    public init(deported: Int, total: Int, rowsReporting: Int, rowsConsidered: Int) {
        self.deported = deported
        self.total = total
        self.rowsReporting = rowsReporting
        self.rowsConsidered = rowsConsidered
    }

    /// `deported / total`, from 0 to 1; nil when no row reports `deported`
    /// or the reporting rows have a total of zero.
    public var fraction: Double? {
        rowsReporting == 0 || total == 0 ? nil : Double(deported) / Double(total)
    }
}
