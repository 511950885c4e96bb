/// The district figures summed over the whole snapshot.
public struct GrandTotals: Sendable, Equatable {
    public var districts: Int
    public var campsOpen: Int
    public var campsTotal: Int
    public var population: Int
    public var documents: DocumentTotals
    public var households: ReportedSum
    /// Total population now minus the total population of the previous
    /// snapshot (all its districts, including any that have since disappeared).
    /// Nil when there is no previous snapshot. This is not the sum of the
    /// district changes, which leaves out new and disappeared districts.
    public var populationChange: Int?

    public init(
        districts: Int, campsOpen: Int, campsTotal: Int, population: Int,
        documents: DocumentTotals, households: ReportedSum, populationChange: Int?
    ) {
        self.districts = districts
        self.campsOpen = campsOpen
        self.campsTotal = campsTotal
        self.population = population
        self.documents = documents
        self.households = households
        self.populationChange = populationChange
    }

    /// Sums figures already computed for each district (one pass over them,
    /// none over the camps again).
    public init(districts figures: [DistrictFigures], previous: PreviousPopulations) {
        var open = 0
        var camps = 0
        var population = 0
        var documents = DocumentTotals()
        var households = ReportedSum()
        for district in figures {
            open += district.campsOpen
            camps += district.campsTotal
            population += district.population
            documents += district.documents
            households += district.households
        }
        self.init(
            districts: figures.count, campsOpen: open, campsTotal: camps, population: population,
            documents: documents, households: households,
            populationChange: previous.grandTotal.map { population - $0 }
        )
    }

    /// Convenience that computes the district figures on the way.
    public static func make(snapshot: Snapshot, previous: Snapshot?) -> GrandTotals {
        let index = PreviousPopulations(previous)
        return GrandTotals(districts: DistrictFigures.make(snapshot: snapshot, previous: index), previous: index)
    }
}
