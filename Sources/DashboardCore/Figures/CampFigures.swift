/// One camp as shown in a district's list: the camp itself plus its change in
/// population since the previous snapshot.
public struct CampFigures: Sendable, Equatable {
    public var camp: Camp
    /// Population now minus population in the previous snapshot, matched by
    /// camp id. Nil when there is no previous snapshot or the camp is new.
    public var populationChange: Int?
    /// True when there is a previous snapshot and no camp with this id was in
    /// it. Lets a pane tell "new" apart from "nothing to compare with".
    public var isNew: Bool
    /// True for a camp of the previous snapshot that this one lists nowhere:
    /// `camp` is as it was last seen, and the change is minus its population.
    public var isGone: Bool

    public init(camp: Camp, populationChange: Int?, isNew: Bool, isGone: Bool = false) {
        self.camp = camp
        self.populationChange = populationChange
        self.isNew = isNew
        self.isGone = isGone
    }

    /// A camp that disappeared since the previous snapshot, as it was last seen.
    public static func gone(_ camp: Camp) -> CampFigures {
        CampFigures(camp: camp, populationChange: -camp.population, isNew: false, isGone: true)
    }

    /// The value `Change` sorts by: the change, or for a new camp its whole
    /// population, so new rows sort with the increases; nil when there is
    /// nothing to compare with.
    public var changeSortValue: Int? {
        populationChange ?? (isNew ? camp.population : nil)
    }

    /// The camps of one district, in the producer's order, each with its change.
    /// Pass a `PreviousPopulations` built once when listing many districts.
    public static func make(district: District, previous: PreviousPopulations) -> [CampFigures] {
        district.camps.map { camp in
            let before = previous.campPopulation(camp.id)
            return CampFigures(
                camp: camp,
                populationChange: before.map { camp.population - $0 },
                isNew: previous.exists && before == nil
            )
        }
    }

    /// Convenience for a single district. Builds the previous snapshot's index,
    /// which costs one pass over that snapshot; prefer the overload above in loops.
    public static func make(district: District, previous: Snapshot?) -> [CampFigures] {
        make(district: district, previous: PreviousPopulations(previous))
    }
}
