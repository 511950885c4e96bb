import DashboardCore

/// The districts of one snapshot in each sort column's order, and their
/// names folded for the filter, made once when the snapshot arrives. Sorting
/// or filtering the districts table on a key press is then a walk over a
/// list: re-sorting 10,000 districts with String comparisons on every press
/// took 27 ms (`make bench`), past the 10 ms a key may take.
public struct DistrictOrder: Sendable {
    /// Positions in `PopulationFigures.districts`, one list per column (by raw
    /// value) and direction: ties read A→Z by name in both, so a descending
    /// list is not the ascending one reversed.
    private let ascendingPositions: [[Int32]]
    private let descendingPositions: [[Int32]]
    private let foldedNames: [FoldedText]

    public init(_ districts: [DistrictFigures]) {
        let count = districts.count
        // Every column breaks ties by name (natural order), then id: rank that order once.
        let names = districts.map { NaturalName($0.name) }
        let byName = (0..<count).sorted { a, b in
            names[a] != names[b] ? names[a] < names[b] : districts[a].id < districts[b].id
        }
        var nameRank = [Int](repeating: 0, count: count)
        // Equal names share a rank here; `nameRank` then orders them by id.
        var distinctNameRank = [Int](repeating: 0, count: count)
        for (rank, position) in byName.enumerated() {
            nameRank[position] = rank
            let sameAsBefore = rank > 0 && districts[byName[rank - 1]].name == districts[position].name
            distinctNameRank[position] = rank == 0 ? 0 : distinctNameRank[byName[rank - 1]] + (sameAsBefore ? 0 : 1)
        }
        let provinces = Set(districts.map(\.province)).sorted(by: NaturalOrder.precedes)
        let provinceRank = Dictionary(uniqueKeysWithValues: provinces.enumerated().map { ($1, $0) })

        /// Both directions of one column whose figure is `key` (two numbers, compared in order).
        func sorted(by key: (Int) -> (Int, Int)) -> (ascending: [Int32], descending: [Int32]) {
            let keys = (0..<count).map(key)
            let ascending = (0..<count).sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : nameRank[$0] < nameRank[$1] }
            // Largest first with ties still A→Z: the runs of equal figures in
            // reverse order, each run as it is. One sort per column, not two:
            // ten columns sort every snapshot.
            var descending: [Int32] = []
            descending.reserveCapacity(count)
            var end = count
            while end > 0 {
                var start = end - 1
                while start > 0, keys[ascending[start - 1]] == keys[ascending[end - 1]] { start -= 1 }
                descending.append(contentsOf: ascending[start..<end].lazy.map { Int32($0) })
                end = start
            }
            return (ascending.map { Int32($0) }, descending)
        }
        var ascendingLists = [[Int32]](repeating: [], count: DistrictColumn.allCases.count)
        var descendingLists = ascendingLists
        for column in DistrictColumn.allCases {
            let lists: (ascending: [Int32], descending: [Int32])
            switch column {
            case .name: lists = sorted { (distinctNameRank[$0], 0) }
            case .province: lists = sorted { (provinceRank[districts[$0].province]!, 0) }
            default: lists = sorted { column.sortValue(districts[$0])! }
            }
            ascendingLists[column.rawValue] = lists.ascending
            descendingLists[column.rawValue] = lists.descending
        }
        ascendingPositions = ascendingLists
        descendingPositions = descendingLists
        foldedNames = districts.map { FoldedText($0.name) }
    }

    /// Positions of the districts whose name contains `filter` (case- and
    /// diacritic-insensitive), in the order of `column`.
    public func positions(sortedBy column: DistrictColumn, ascending: Bool, filter: String) -> [Int] {
        let list = (ascending ? ascendingPositions : descendingPositions)[column.rawValue]
        let folded = FoldedText(filter)
        var result: [Int] = []
        result.reserveCapacity(folded.isEmpty ? list.count : 64)
        for step in list.indices {
            let position = Int(list[step])
            if folded.isEmpty || foldedNames[position].contains(folded) { result.append(position) }
        }
        return result
    }
}
