/// A district's population over the kept history, for the drill-down's
/// trend line: every kept moment it was in, and the first, last, lowest and
/// highest of them with their times.
public struct DistrictTrend: Sendable, Equatable {
    public struct Point: Sendable, Equatable {
        public let time: Instant
        public let population: Int
    }

    /// Oldest first; moments without the district are left out.
    public let points: [Point]

    public var first: Point? { points.first }
    public var last: Point? { points.last }
    /// The lowest; of equal ones the earliest.
    public var minimum: Point? { points.min { $0.population < $1.population } }
    /// The highest; of equal ones the earliest.
    public var maximum: Point? { points.max { $0.population < $1.population || ($0.population == $1.population && $0.time > $1.time) } }

    /// Over the kept moments up to and including `until` (the snapshot on
    /// screen: while travelling back, what came later is not part of its past).
    public init(district id: String, in history: ShiftHistory, until: Instant? = nil) {
        points = history.moments.compactMap { moment in
            if let until, moment.generatedAt > until { return nil }
            return history.population(ofDistrict: id, in: moment).map { Point(time: moment.generatedAt, population: $0) }
        }
    }
}
