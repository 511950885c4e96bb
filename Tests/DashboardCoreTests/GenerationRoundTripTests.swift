import Foundation
import Testing
import SnapshotGeneration
@testable import DashboardCore

/// What the generators write, the validator reads back unchanged and without
/// a single problem: the generators are the producers our tests trust.
@Suite struct GenerationRoundTripTests {
    func roundTrip(_ snapshot: Snapshot, pretty: Bool) -> ValidationReport {
        SnapshotDecoder.decode(SnapshotEncoder(pretty: pretty).encode(snapshot), now: snapshot.generatedAt)
    }

    @Test(arguments: [false, true])
    func sampleSnapshotsValidateCleanly(pretty: Bool) throws {
        for snapshot in SampleSnapshots.all() {
            let report = roundTrip(snapshot, pretty: pretty)
            #expect(report.issues.isEmpty, "\(report.issues)")
            #expect(report.snapshot == snapshot)
        }
    }

    @Test func fullSizeSyntheticSnapshotValidatesCleanly() throws {
        let snapshot = SyntheticSnapshotGenerator().snapshot()
        let report = roundTrip(snapshot, pretty: false)
        #expect(report.issues.isEmpty, "\(report.issues.prefix(5))")
        #expect(report.snapshot == snapshot)
    }

    @Test(arguments: [UInt64(2), 3, 4, 5])
    func smallSequencesValidateCleanly(seed: UInt64) throws {
        let generator = SyntheticSnapshotGenerator(districts: 7, campsPerDistrict: 3, days: 40, points: 9, seed: seed)
        for snapshot in generator.sequence(count: 5, intervalSeconds: 3_600) {
            let report = roundTrip(snapshot, pretty: seed % 2 == 0)
            #expect(report.issues.isEmpty, "\(report.issues)")
            #expect(report.snapshot == snapshot)
        }
    }
}
