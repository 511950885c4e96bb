/// The populations of the previous snapshot, keyed by id and built in one
/// pass, so that "change since previous snapshot" is a dictionary lookup per
/// district or camp rather than a scan of the previous snapshot each time
/// (snapshots may hold 10,000 districts of 20 camps each).
///
/// Districts are matched by district id and camps by camp id. Camp ids are
/// unique across a whole snapshot, so a camp that moved to another district is
/// still matched.
public struct PreviousPopulations: Sendable {
    /// False when there is no previous snapshot; every change is then nil.
    public let exists: Bool
    /// Sum of every camp population in the previous snapshot; nil without one.
    public let grandTotal: Int?
    private let districtPopulations: IdentifierTable
    private let campPopulations: IdentifierTable

    /// An empty baseline: every change is nil.
    public static let none = PreviousPopulations(nil)

    public init(_ previous: Snapshot?) {
        guard let previous else {
            exists = false
            grandTotal = nil
            districtPopulations = IdentifierTable()
            campPopulations = IdentifierTable()
            return
        }
        var districts = IdentifierTable(minimumCapacity: previous.districts.count)
        var camps = IdentifierTable(minimumCapacity: previous.districts.reduce(0) { $0 + $1.camps.count })
        var total = 0
        for district in previous.districts {
            var population = 0
            for camp in district.camps {
                population += camp.population
                camps.insert(camp.id, camp.population)
            }
            districts.insert(district.id, population)
            total += population
        }
        exists = true
        grandTotal = total
        districtPopulations = districts
        campPopulations = camps
    }

    /// The populations of a kept moment of the history (a baseline older than
    /// the previous snapshot), from its compact figures.
    public init(moment: HistoryMoment, in history: ShiftHistory) {
        let tables = history.populations(in: moment)
        exists = true
        grandTotal = moment.totalPopulation
        districtPopulations = tables.districts
        campPopulations = tables.camps
    }

    /// The district's population in the previous snapshot; nil when it was not there.
    public func districtPopulation(_ id: String) -> Int? { districtPopulations.value(id) }

    /// The camp's population in the previous snapshot; nil when it was not there.
    public func campPopulation(_ id: String) -> Int? { campPopulations.value(id) }

    /// Whether a district with this id was in the previous snapshot.
    public func hadDistrict(_ id: String) -> Bool { districtPopulations.contains(id) }

    /// Whether a camp with this id was in the previous snapshot.
    public func hadCamp(_ id: String) -> Bool { campPopulations.contains(id) }
}
