import DashboardCore

/// The widest values the districts table must make room for. They change
/// only when a snapshot arrives, so they are measured once then rather than
/// on every frame (10,000 districts measured per frame was most of `view`'s time).
public struct DistrictColumnExtents: Sendable, Equatable {
    /// Widest province name, in terminal cells.
    public let provinceWidth: Int
    public let largestRise: Int
    public let largestFall: Int
    /// Largest last population of a district gone since the previous snapshot
    /// (its row may outgrow the totals row, the widest otherwise).
    public let largestGonePopulation: Int

    init(_ figures: PopulationFigures) {
        var provinceWidth = 0, largestRise = 0, largestFall = 0
        var measured = Set<String>()
        for district in figures.districts {
            // Few distinct provinces: measure each once; plain ASCII by its byte count.
            if measured.insert(district.province).inserted {
                let province = district.province
                let isPlainASCII = province.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
                provinceWidth = max(provinceWidth, isPlainASCII ? province.utf8.count : TextWidth.of(TerminalSafeText.sanitize(province)))
            }
            if let change = district.populationChange {
                largestRise = max(largestRise, change)
                largestFall = min(largestFall, change)
            }
        }
        var largestGonePopulation = 0
        for gone in figures.goneDistricts {
            largestGonePopulation = max(largestGonePopulation, gone.population)
            largestFall = min(largestFall, gone.populationChange ?? 0)
            provinceWidth = max(provinceWidth, TextWidth.of(TerminalSafeText.sanitize(gone.province)))
        }
        self.largestGonePopulation = largestGonePopulation
        self.provinceWidth = provinceWidth
        self.largestRise = largestRise
        self.largestFall = largestFall
    }
}
