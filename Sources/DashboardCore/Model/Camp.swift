public struct Camp: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case open, denotified, closed
    }

    public var id: String
    public var name: String
    // Counts and the day in 32 bits each (see `CompactCount`), the status
    // last: 64 bytes a camp instead of 144, for the copies and the memory.
    @CompactCount private var storedPopulation: Int?
    @CompactCount public var households: Int?
    /// Days since 1970-01-01; `Int32.min` for none.
    private var storedDenotifiedOn: Int32
    public var byDocument: DocumentCounts?
    public var status: Status

    public var population: Int {
        get { storedPopulation ?? 0 }
        set { storedPopulation = newValue }
    }

    /// The day the camp lost its official status; its people may still live there.
    public var denotifiedOn: CalendarDay? {
        get { storedDenotifiedOn == Int32.min ? nil : CalendarDay(daysSinceEpoch: Int(storedDenotifiedOn)) }
        // Days of years 1 to 9999 (all a CalendarDay can be) fit in 32 bits.
        set { storedDenotifiedOn = newValue.map { Int32($0.daysSinceEpoch) } ?? Int32.min }
    }

    public init(
        id: String, name: String, status: Status, population: Int,
        households: Int? = nil, byDocument: DocumentCounts? = nil, denotifiedOn: CalendarDay? = nil
    ) {
        self.id = id
        self.name = name
        self.status = status
        storedPopulation = population
        self.households = households
        storedDenotifiedOn = denotifiedOn.map { Int32($0.daysSinceEpoch) } ?? Int32.min
        self.byDocument = byDocument
    }
}
