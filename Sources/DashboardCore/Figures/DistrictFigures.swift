/// The figures for one district, summed over its camps, with the change in
/// population since the previous snapshot.
public struct DistrictFigures: Sendable, Equatable {
    public var id: String
    public var name: String
    public var province: String
    /// Camps whose status is `open`. Denotified camps are not counted as open:
    /// they have lost their official status even if people still live there.
    public var campsOpen: Int
    public var campsTotal: Int
    /// Sum of camp populations (of every status: people may still live in a
    /// denotified or closed camp, and the producer reports them).
    public var population: Int
    /// `by_document` members summed over the camps, with how many camps reported each.
    public var documents: DocumentTotals
    /// `households` summed over the camps that report it.
    public var households: ReportedSum
    /// Population now minus the district's population in the previous
    /// snapshot, matched by district id. Nil when there is no previous snapshot
    /// or the district is new.
    public var populationChange: Int?
    /// True when there is a previous snapshot and no district with this id was in it.
    public var isNew: Bool
    /// True for a district of the previous snapshot that this one no longer
    /// lists: its figures are the last ones it had, and its change is minus
    /// its last population (those people left the total).
    public var isGone: Bool

    public init(
        id: String, name: String, province: String, campsOpen: Int, campsTotal: Int, population: Int,
        documents: DocumentTotals, households: ReportedSum, populationChange: Int?, isNew: Bool, isGone: Bool = false
    ) {
        self.id = id
        self.name = name
        self.province = province
        self.campsOpen = campsOpen
        self.campsTotal = campsTotal
        self.population = population
        self.documents = documents
        self.households = households
        self.populationChange = populationChange
        self.isNew = isNew
        self.isGone = isGone
    }

    /// One pass over the district's camps.
    public init(district: District, previous: PreviousPopulations) {
        var open = 0
        var population = 0
        var documents = DocumentTotals()
        var households = ReportedSum()
        for camp in district.camps {
            if camp.status == .open { open += 1 }
            population += camp.population
            documents.add(camp.byDocument)
            households.add(camp.households)
        }
        let before = previous.districtPopulation(district.id)
        self.init(
            id: district.id, name: district.name, province: district.province,
            campsOpen: open, campsTotal: district.camps.count, population: population,
            documents: documents, households: households,
            populationChange: before.map { population - $0 },
            isNew: previous.exists && before == nil
        )
    }

    /// A district the previous snapshot had and this one does not, with the
    /// figures it last had.
    public static func gone(_ district: District) -> DistrictFigures {
        var figures = DistrictFigures(district: district, previous: .none)
        figures.populationChange = -figures.population
        figures.isGone = true
        return figures
    }

    /// The value `Change` sorts by: the change, or for a new district its whole
    /// population (all of it arrived since the previous snapshot), so new rows
    /// sort with the increases; nil when there is nothing to compare with.
    public var changeSortValue: Int? {
        populationChange ?? (isNew ? population : nil)
    }

    /// Figures for every district, in the snapshot's order. One pass over each snapshot.
    public static func make(snapshot: Snapshot, previous: Snapshot?) -> [DistrictFigures] {
        make(snapshot: snapshot, previous: PreviousPopulations(previous))
    }

    /// As above, reusing an index of the previous snapshot already built.
    public static func make(snapshot: Snapshot, previous: PreviousPopulations) -> [DistrictFigures] {
        snapshot.districts.map { DistrictFigures(district: $0, previous: previous) }
    }
}
