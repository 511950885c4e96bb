/// Districts and camps present in the previous snapshot but not in the
/// current one. A snapshot is the whole picture, so an entry that is no longer
/// sent has been dropped by the producer; its last figures would otherwise
/// vanish from the totals without a trace.
public struct DisappearedSincePrevious: Sendable, Equatable {
    /// Districts, as the previous snapshot described them, in its order.
    public var districts: [District]
    /// Camps, in the previous snapshot's order, including those of disappeared districts.
    public var camps: [DisappearedCamp]

    public init(districts: [District] = [], camps: [DisappearedCamp] = []) {
        self.districts = districts
        self.camps = camps
    }

    public var isEmpty: Bool { districts.isEmpty && camps.isEmpty }

    /// Empty when there is no previous snapshot. One pass over each snapshot.
    public static func make(snapshot: Snapshot, previous: Snapshot?) -> DisappearedSincePrevious {
        guard let previous else { return DisappearedSincePrevious() }
        var districtIDs = IdentifierTable(minimumCapacity: snapshot.districts.count)
        var campIDs = IdentifierTable(minimumCapacity: snapshot.districts.reduce(0) { $0 + $1.camps.count })
        for district in snapshot.districts {
            districtIDs.insert(district.id)
            for camp in district.camps { campIDs.insert(camp.id) }
        }
        var result = DisappearedSincePrevious()
        for district in previous.districts {
            let districtGone = !districtIDs.contains(district.id)
            if districtGone { result.districts.append(district) }
            for camp in district.camps where !campIDs.contains(camp.id) {
                result.camps.append(DisappearedCamp(
                    camp: camp, districtID: district.id, districtName: district.name,
                    districtDisappeared: districtGone
                ))
            }
        }
        return result
    }
}
