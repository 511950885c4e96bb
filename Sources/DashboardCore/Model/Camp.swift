public struct Camp: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case open, denotified, closed
    }

    public var id: String
    public var name: String
    public var status: Status
    public var population: Int
    public var households: Int?
    public var byDocument: DocumentCounts?
    /// The day the camp lost its official status; its people may still live there.
    public var denotifiedOn: CalendarDay?

    public init(
        id: String, name: String, status: Status, population: Int,
        households: Int? = nil, byDocument: DocumentCounts? = nil, denotifiedOn: CalendarDay? = nil
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.population = population
        self.households = households
        self.byDocument = byDocument
        self.denotifiedOn = denotifiedOn
    }
}
