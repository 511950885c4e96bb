import DashboardCore

/// The districts of one snapshot in each sort column's order, and their
/// names folded for the filter, made once when the snapshot arrives. Sorting
/// or filtering the districts table on a key press is then a walk over a
/// list: re-sorting 10,000 districts with String comparisons on every press
/// took 27 ms (`make bench`), past the 10 ms a key may take.
public struct DistrictOrder: Sendable {
    /// Positions in `PopulationFigures.districts`, ascending, one list per column (by raw value).
    private let ascendingPositions: [[Int32]]
    private let foldedNames: [FoldedText]

    public init(_ districts: [DistrictFigures]) {
        let count = districts.count
        // Every column breaks ties by name, then id: rank that order once.
        let byName = (0..<count).sorted { a, b in
            districts[a].name != districts[b].name ? districts[a].name < districts[b].name : districts[a].id < districts[b].id
        }
        var nameRank = [Int](repeating: 0, count: count)
        for (rank, position) in byName.enumerated() { nameRank[position] = rank }
        let provinces = Set(districts.map(\.province)).sorted()
        let provinceRank = Dictionary(uniqueKeysWithValues: provinces.enumerated().map { ($1, $0) })

        func sorted(by key: (Int) -> (Int, Int, Int)) -> [Int32] {
            let keys = (0..<count).map(key)
            return (0..<count).sorted { keys[$0] < keys[$1] }.map { Int32($0) }
        }
        var lists = [[Int32]](repeating: [], count: DistrictColumn.allCases.count)
        for column in DistrictColumn.allCases {
            switch column {
            case .name: lists[column.rawValue] = byName.map { Int32($0) }
            case .province: lists[column.rawValue] = sorted { (provinceRank[districts[$0].province]!, nameRank[$0], 0) }
            case .camps: lists[column.rawValue] = sorted { (districts[$0].campsOpen, districts[$0].campsTotal, nameRank[$0]) }
            case .population: lists[column.rawValue] = sorted { (districts[$0].population, nameRank[$0], 0) }
            case .change: lists[column.rawValue] = sorted { (districts[$0].populationChange ?? Int.min, nameRank[$0], 0) }
            }
        }
        ascendingPositions = lists
        foldedNames = districts.map { FoldedText($0.name) }
    }

    /// Positions of the districts whose name contains `filter` (case- and
    /// diacritic-insensitive), in the order of `column`.
    public func positions(sortedBy column: DistrictColumn, ascending: Bool, filter: String) -> [Int] {
        let list = ascendingPositions[column.rawValue]
        let folded = FoldedText(filter)
        var result: [Int] = []
        result.reserveCapacity(folded.isEmpty ? list.count : 64)
        for step in list.indices {
            let position = Int(list[ascending ? step : list.count - 1 - step])
            if folded.isEmpty || foldedNames[position].contains(folded) { result.append(position) }
        }
        return result
    }
}
