/// One snapshot: the whole picture at one instant (snapshot-v1.md).
public struct Snapshot: Sendable, Equatable {
    /// The only schema version this build reads.
    public static let supportedSchemaVersion = 1
    /// The zone that defines "a day" when a snapshot names none.
    public static let defaultTimeZoneIdentifier = "Asia/Karachi"

    public var generatedAt: Instant
    /// IANA identifier, as written (or the default when absent).
    public var timeZoneIdentifier: String
    public var source: String?
    public var districts: [District]
    public var crossings: [Crossing]
    public var deadlines: [Deadline]

    public init(
        generatedAt: Instant,
        timeZoneIdentifier: String = Snapshot.defaultTimeZoneIdentifier,
        source: String? = nil,
        districts: [District] = [],
        crossings: [Crossing] = [],
        deadlines: [Deadline] = []
    ) {
        self.generatedAt = generatedAt
        self.timeZoneIdentifier = timeZoneIdentifier
        self.source = source
        self.districts = districts
        self.crossings = crossings
        self.deadlines = deadlines
    }
}
