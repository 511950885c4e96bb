import Testing
@testable import DashboardCore

// Hand-made snapshots for the camp and district figures. Every expected
// number in this file is worked out by hand in the comment beside it.

private func camp(
    _ id: String, _ status: Camp.Status = .open, population: Int, households: Int? = nil,
    documents: DocumentCounts? = nil
) -> Camp {
    Camp(id: id, name: id, status: status, population: population, households: households, byDocument: documents)
}

private let instantNow = Instant(epochSeconds: 1_744_030_800, utcOffsetSeconds: 18_000) // 2025-04-07T18:00:00+05:00
private let instantBefore = Instant(epochSeconds: 1_744_009_200, utcOffsetSeconds: 18_000) // 12:00 the same day

/// The current snapshot:
/// - Peshawar: 4 camps of every status, document breakdowns full, partial and absent.
/// - Quetta: 2 camps, one of which (`kp-peshawar-jalala`) was under Peshawar before.
/// - Mianwali: new since the previous snapshot.
/// - Karachi: a district with no camps.
private let current = Snapshot(
    generatedAt: instantNow,
    districts: [
        District(id: "kp-peshawar", name: "Peshawar", province: "Khyber Pakhtunkhwa", camps: [
            camp("kp-peshawar-khazana", .open, population: 14_210, households: 2_380,
                 documents: DocumentCounts(por: 11_020, acc: 2_150, undocumented: 1_040)),
            camp("kp-peshawar-naguman", .denotified, population: 3_005, documents: DocumentCounts(por: 2_900)),
            camp("kp-peshawar-old", .closed, population: 120, households: 20),
            camp("kp-peshawar-new", .open, population: 800, households: 130,
                 documents: DocumentCounts(por: 500, acc: 100, undocumented: 150, other: 50)),
        ]),
        District(id: "bal-quetta", name: "Quetta", province: "Balochistan", camps: [
            camp("bal-quetta-surkhab", .open, population: 9_000, households: 1_500,
                 documents: DocumentCounts(por: 8_000, acc: 600, undocumented: 400)),
            camp("kp-peshawar-jalala", .open, population: 400),
        ]),
        District(id: "pb-mianwali", name: "Mianwali", province: "Punjab", camps: [
            camp("pb-mianwali-kot", .open, population: 2_500, households: 410),
        ]),
        District(id: "sd-karachi", name: "Karachi", province: "Sindh", camps: []),
    ]
)

/// The previous snapshot: Kohat has since disappeared, and so has one Peshawar camp.
private let previous = Snapshot(
    generatedAt: instantBefore,
    districts: [
        District(id: "kp-peshawar", name: "Peshawar", province: "Khyber Pakhtunkhwa", camps: [
            camp("kp-peshawar-khazana", population: 14_500),
            camp("kp-peshawar-naguman", population: 3_100),
            camp("kp-peshawar-old", population: 300),
            camp("kp-peshawar-jalala", population: 450),
            camp("kp-peshawar-gone", population: 60),
        ]),
        District(id: "bal-quetta", name: "Quetta", province: "Balochistan", camps: [
            camp("bal-quetta-surkhab", population: 8_800),
        ]),
        District(id: "kp-kohat", name: "Kohat", province: "Khyber Pakhtunkhwa", camps: [
            camp("kp-kohat-one", population: 700),
            camp("kp-kohat-two", population: 50),
        ]),
        District(id: "sd-karachi", name: "Karachi", province: "Sindh", camps: []),
    ]
)

@Suite("District figures")
struct FiguresDistrictTests {
    @Test func peshawarCountsEveryStatusButOnlyOpenAsOpen() throws {
        let figures = DistrictFigures.make(snapshot: current, previous: previous)
        let peshawar = try #require(figures.first { $0.id == "kp-peshawar" })
        #expect(peshawar.name == "Peshawar")
        #expect(peshawar.province == "Khyber Pakhtunkhwa")
        #expect(peshawar.campsTotal == 4)
        #expect(peshawar.campsOpen == 2)           // khazana and new; naguman is denotified, old is closed
        #expect(peshawar.population == 18_135)     // 14,210 + 3,005 + 120 + 800
        #expect(peshawar.households == ReportedSum(sum: 2_530, reporting: 3, outOf: 4)) // 2,380 + 20 + 130; naguman silent
        #expect(peshawar.households.isComplete == false)
    }

    @Test func peshawarDocumentMembersKeepTrackOfWhoReported() throws {
        let peshawar = try #require(DistrictFigures.make(snapshot: current, previous: previous).first)
        let documents = peshawar.documents
        #expect(documents.por == ReportedSum(sum: 14_420, reporting: 3, outOf: 4))         // 11,020 + 2,900 + 500
        #expect(documents.acc == ReportedSum(sum: 2_250, reporting: 2, outOf: 4))          // 2,150 + 100
        #expect(documents.undocumented == ReportedSum(sum: 1_190, reporting: 2, outOf: 4)) // 1,040 + 150
        #expect(documents.other == ReportedSum(sum: 50, reporting: 1, outOf: 4))           // only "new" has it
        #expect(documents.knownSum == 17_910)   // 14,420 + 2,250 + 1,190 + 50
        #expect(documents.isComplete == false)
    }

    @Test func populationChangeMatchesByDistrictID() {
        let figures = DistrictFigures.make(snapshot: current, previous: previous)
        #expect(figures.map(\.id) == ["kp-peshawar", "bal-quetta", "pb-mianwali", "sd-karachi"]) // snapshot order
        // Peshawar before: 14,500 + 3,100 + 300 + 450 + 60 = 18,410; now 18,135; 18,135 - 18,410 = -275
        #expect(figures[0].populationChange == -275)
        // Quetta before: 8,800; now 9,000 + 400 = 9,400; 9,400 - 8,800 = +600
        #expect(figures[1].population == 9_400)
        #expect(figures[1].populationChange == 600)
        // Mianwali was not there: no change to show, and it is marked new.
        #expect(figures[2].populationChange == nil)
        #expect(figures[2].isNew)
        // Karachi had no camps then and has none now: 0 - 0 = 0, which is not "new".
        #expect(figures[3].populationChange == 0)
        #expect(figures[3].isNew == false)
        #expect(figures[0].isNew == false)
    }

    @Test func quettaAndEmptyDistrict() {
        let figures = DistrictFigures.make(snapshot: current, previous: previous)
        let quetta = figures[1]
        #expect(quetta.campsOpen == 2)
        #expect(quetta.campsTotal == 2)
        #expect(quetta.households == ReportedSum(sum: 1_500, reporting: 1, outOf: 2))
        #expect(quetta.documents.other == ReportedSum(sum: 0, reporting: 0, outOf: 2))
        #expect(quetta.documents.other.isUnreported)

        let karachi = figures[3]
        #expect(karachi.campsOpen == 0)
        #expect(karachi.campsTotal == 0)
        #expect(karachi.population == 0)
        #expect(karachi.households == ReportedSum())
        // Nothing to report and nothing missing: complete, not "unreported".
        #expect(karachi.documents.isComplete)
        #expect(karachi.documents.por.isUnreported == false)
    }

    @Test func withoutPreviousSnapshotEveryChangeIsNilAndNothingIsNew() {
        let figures = DistrictFigures.make(snapshot: current, previous: nil)
        #expect(figures.allSatisfy { $0.populationChange == nil && !$0.isNew })
        let camps = CampFigures.make(district: current.districts[0], previous: nil as Snapshot?)
        #expect(camps.allSatisfy { $0.populationChange == nil && !$0.isNew })
        #expect(GrandTotals.make(snapshot: current, previous: nil).populationChange == nil)
        #expect(DisappearedSincePrevious.make(snapshot: current, previous: nil).isEmpty)
    }

    @Test func campChangesMatchByCampIDEvenAcrossDistricts() {
        let index = PreviousPopulations(previous)
        let peshawar = CampFigures.make(district: current.districts[0], previous: index)
        #expect(peshawar.map(\.camp.id) == ["kp-peshawar-khazana", "kp-peshawar-naguman", "kp-peshawar-old", "kp-peshawar-new"])
        #expect(peshawar.map(\.populationChange) == [
            -290,  // 14,210 - 14,500
            -95,   // 3,005 - 3,100
            -180,  // 120 - 300
            nil,   // not in the previous snapshot
        ])
        #expect(peshawar.map(\.isNew) == [false, false, false, true])

        let quetta = CampFigures.make(district: current.districts[1], previous: index)
        #expect(quetta.map(\.populationChange) == [
            200,   // 9,000 - 8,800
            -50,   // jalala, listed under Peshawar before: 400 - 450
        ])
    }

    @Test func grandTotalsSumDistrictsAndCompareWithWholePreviousSnapshot() {
        let totals = GrandTotals.make(snapshot: current, previous: previous)
        #expect(totals.districts == 4)
        #expect(totals.campsTotal == 7)            // 4 + 2 + 1 + 0
        #expect(totals.campsOpen == 5)             // 2 + 2 + 1 + 0
        #expect(totals.population == 30_035)       // 18,135 + 9,400 + 2,500 + 0
        #expect(totals.households == ReportedSum(sum: 4_440, reporting: 5, outOf: 7)) // 2,530 + 1,500 + 410; 3 + 1 + 1 camps
        #expect(totals.documents.por == ReportedSum(sum: 22_420, reporting: 4, outOf: 7))          // 14,420 + 8,000
        #expect(totals.documents.acc == ReportedSum(sum: 2_850, reporting: 3, outOf: 7))           // 2,250 + 600
        #expect(totals.documents.undocumented == ReportedSum(sum: 1_590, reporting: 3, outOf: 7))  // 1,190 + 400
        #expect(totals.documents.other == ReportedSum(sum: 50, reporting: 1, outOf: 7))
        // Previous total, disappeared Kohat included: 18,410 + 8,800 + (700 + 50) + 0 = 27,960.
        // 30,035 - 27,960 = +2,075 (not the sum of district changes: -275 + 600 + 0 = 325).
        #expect(totals.populationChange == 2_075)
    }

    /// The rows that say where the people of the total's change went: Kohat
    /// (700 + 50 = 750, all gone: -750) and Peshawar's `kp-peshawar-gone`
    /// (60: -60). Kohat's own camps are not listed again under a district.
    @Test func goneDistrictsAndCampsCarryTheirLastPopulation() throws {
        let figures = PopulationFigures(snapshot: current, previous: previous)
        #expect(figures.goneDistricts.map(\.id) == ["kp-kohat"])
        let kohat = try #require(figures.goneDistrict(id: "kp-kohat"))
        #expect(kohat.isGone && !kohat.isNew)
        #expect(kohat.population == 750 && kohat.populationChange == -750)
        #expect(kohat.campsTotal == 2 && kohat.province == "Khyber Pakhtunkhwa")
        #expect(figures.goneDistrict(id: "kp-peshawar") == nil)
        let gone = figures.goneCamps(ofDistrict: "kp-peshawar")
        #expect(gone.map(\.camp.id) == ["kp-peshawar-gone"])
        #expect(gone.map(\.populationChange) == [-60] && gone.allSatisfy(\.isGone))
        #expect(figures.goneCamps(ofDistrict: "kp-kohat").isEmpty && figures.goneCamps(ofDistrict: "bal-quetta").isEmpty)
        #expect(PopulationFigures(snapshot: current, previous: nil).goneDistricts.isEmpty)
    }

    /// New rows sort with the increases: Mianwali's change sorts as its whole population.
    @Test func newRowsSortByTheirWholePopulation() throws {
        let figures = PopulationFigures(snapshot: current, previous: previous)
        let mianwali = try #require(figures.district(id: "pb-mianwali"))
        #expect(mianwali.isNew && mianwali.populationChange == nil)
        #expect(mianwali.changeSortValue == 2_500) // its one camp, Kot
        let peshawar = try #require(figures.district(id: "kp-peshawar"))
        #expect(peshawar.changeSortValue == -275)  // a change of its own sorts as itself
        let newCamp = try #require(figures.camps(ofDistrict: "kp-peshawar")?.first { $0.isNew })
        #expect(newCamp.changeSortValue == 800)
    }

    @Test func previousPopulationsIndex() {
        let index = PreviousPopulations(previous)
        #expect(index.exists)
        #expect(index.grandTotal == 27_960)             // as above
        #expect(index.districtPopulation("kp-kohat") == 750) // 700 + 50
        #expect(index.districtPopulation("pb-mianwali") == nil)
        #expect(index.campPopulation("kp-peshawar-gone") == 60)
        #expect(index.hadDistrict("sd-karachi"))
        #expect(index.hadCamp("pb-mianwali-kot") == false)
        #expect(PreviousPopulations.none.exists == false)
        #expect(PreviousPopulations.none.grandTotal == nil)
    }

    @Test func disappearedDistrictsAndCamps() {
        let gone = DisappearedSincePrevious.make(snapshot: current, previous: previous)
        #expect(gone.districts.map(\.id) == ["kp-kohat"])
        // In the previous snapshot's order; jalala moved to Quetta, so it is not gone.
        #expect(gone.camps.map(\.camp.id) == ["kp-peshawar-gone", "kp-kohat-one", "kp-kohat-two"])
        #expect(gone.camps.map(\.districtDisappeared) == [false, true, true])
        #expect(gone.camps[0].districtID == "kp-peshawar")
        #expect(gone.camps[0].districtName == "Peshawar")
        #expect(gone.camps[0].camp.population == 60)
        #expect(gone.isEmpty == false)
        // Compared with itself nothing disappears.
        #expect(DisappearedSincePrevious.make(snapshot: current, previous: current).isEmpty)
    }

    @Test func populationFiguresBundlesAndLooksUpByID() throws {
        let figures = PopulationFigures(snapshot: current, previous: previous)
        #expect(figures.districts.count == 4)
        #expect(figures.totals.population == 30_035)
        #expect(figures.disappeared.districts.map(\.id) == ["kp-kohat"])
        #expect(figures.district(id: "bal-quetta")?.populationChange == 600)
        #expect(figures.district(id: "nowhere") == nil)
        let camps = try #require(figures.camps(ofDistrict: "pb-mianwali"))
        #expect(camps.count == 1)
        #expect(camps[0].isNew)
        #expect(figures.camps(ofDistrict: "sd-karachi") == [])
        #expect(figures.camps(ofDistrict: "kp-kohat") == nil) // gone: not in the current snapshot
    }

    @Test func reportedSumAndDocumentTotalsArithmetic() {
        var sum = ReportedSum()
        sum.add(5)
        sum.add(nil)
        sum.add(7)
        #expect(sum == ReportedSum(sum: 12, reporting: 2, outOf: 3)) // 5 + 7; 3 items, one silent
        #expect(sum + ReportedSum(sum: 1, reporting: 1, outOf: 1) == ReportedSum(sum: 13, reporting: 3, outOf: 4))

        var documents = DocumentTotals()
        documents.add(DocumentCounts(por: 1, acc: 2, undocumented: 3, other: 4))
        documents.add(DocumentCounts(por: 10, acc: 20, undocumented: 30, other: 40))
        #expect(documents.isComplete)
        #expect(documents.knownSum == 110) // 1+2+3+4 + 10+20+30+40 = 10 + 100
        documents.add(nil)
        #expect(documents.por == ReportedSum(sum: 11, reporting: 2, outOf: 3))
        #expect(documents.isComplete == false)
    }
}
