import DashboardCore

/// Rows whose figures changed when the newest snapshot arrived, marked until
/// `until` so an operator glancing back sees what moved.
public struct ChangeHighlight: Sendable, Equatable {
    /// District and camp ids (ids are unique across both in practice; camps across the snapshot).
    public let ids: IdentifierTable
    public let until: Instant

    public static let none = ChangeHighlight(ids: IdentifierTable(), until: Instant(epochSeconds: 0))

    public func isMarked(_ id: String, at now: Instant) -> Bool {
        now < until && ids.contains(id)
    }

    /// Districts and camps whose population differs from the previous
    /// snapshot, that are new in it, or that it no longer has (their `gone` rows).
    static func changes(in data: DashboardData) -> IdentifierTable {
        var ids = IdentifierTable()
        for gone in data.population.goneDistricts { ids.insert(gone.id) }
        for gone in data.population.disappeared.camps where !gone.districtDisappeared { ids.insert(gone.camp.id) }
        for district in data.population.districts where district.isNew || (district.populationChange ?? 0) != 0 {
            ids.insert(district.id)
            for camp in data.population.camps(ofDistrict: district.id) ?? [] where camp.isNew || (camp.populationChange ?? 0) != 0 {
                ids.insert(camp.camp.id)
            }
        }
        return ids
    }
}
