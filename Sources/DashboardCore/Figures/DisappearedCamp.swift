/// A camp that was in the previous snapshot and is in no district of the
/// current one (matched by camp id, so a camp moved between districts is not
/// listed here).
public struct DisappearedCamp: Sendable, Equatable {
    /// The camp as the previous snapshot described it.
    public var camp: Camp
    public var districtID: String
    public var districtName: String
    /// True when the camp's whole district is gone too; a pane that already
    /// lists the district may leave such camps out.
    public var districtDisappeared: Bool

    public init(camp: Camp, districtID: String, districtName: String, districtDisappeared: Bool) {
        self.camp = camp
        self.districtID = districtID
        self.districtName = districtName
        self.districtDisappeared = districtDisappeared
    }
}
