import DashboardCore
import Foundation
import MappedFiles
import SnapshotGeneration
import Testing

@Suite struct MappedSnapshotLoadingTests {
    static let now = Instant(rfc3339: "2025-04-07T18:30:00+05:00")!
    /// Two camps, 120 and 35 people: 155 in all.
    static let small = """
    {"schema_version": 1, "generated_at": "2025-04-07T18:00:00+05:00", "districts": [
      {"id": "kp-peshawar", "name": "Peshawar", "province": "Khyber Pakhtunkhwa", "camps": [
        {"id": "kp-peshawar-khazana", "name": "Khazana", "status": "open", "population": 120},
        {"id": "kp-peshawar-nasir-bagh", "name": "Nasir Bagh", "status": "open", "population": 35}]}],
     "crossings": [], "deadlines": []}
    """

    static func population(_ file: SnapshotFile) -> Int? {
        file.report.snapshot?.districts.reduce(0) { $0 + $1.camps.reduce(0) { $0 + $1.population } }
    }

    /// The file is replaced in place (truncated, then the small snapshot
    /// written) after it was mapped and before it is decoded: the mapping's
    /// first page shows the new bytes, the pages past the new end fault. The
    /// result is what read() gives now: the small snapshot's 155 people.
    @Test func truncatedWhileMappedFallsBackToRead() throws {
        let large = SnapshotEncoder(pretty: true).encode(SyntheticSnapshotGenerator(districts: 40, campsPerDistrict: 10, days: 30, points: 3).snapshot())
        #expect(large.count > 8 * 4096)
        let file = try ScratchFile(bytes: large)
        let loader = SnapshotLoader()
        var rewritten = false
        let result = MappedSnapshotLoading.load(path: file.path, loader: loader, now: Self.now) {
            let descriptor = open(file.path, O_WRONLY | O_TRUNC)
            defer { close(descriptor) }
            rewritten = Array(Self.small.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == Self.small.utf8.count
        }
        #expect(rewritten)
        #expect(result.report.isValid, "\(result.report.issues)")
        #expect(Self.population(result) == 155)
        #expect(result.report.snapshot?.districts.first?.camps.map(\.name) == ["Khazana", "Nasir Bagh"])
    }

    /// Truncated to nothing after the mapping: the decoder's first byte is
    /// past the end (SIGBUS, survived), and the result is read()'s on an
    /// empty file, not what the zero pages looked like.
    @Test func truncatedToNothingWhileMappedFallsBackToRead() throws {
        let large = SnapshotEncoder().encode(SyntheticSnapshotGenerator(districts: 40, campsPerDistrict: 10, days: 30, points: 3).snapshot())
        let file = try ScratchFile(bytes: large)
        let loader = SnapshotLoader()
        let result = MappedSnapshotLoading.load(path: file.path, loader: loader, now: Self.now) {
            #expect(truncate(file.path, 0) == 0)
        }
        #expect(!result.report.isValid)
        #expect(result.report.issues == loader.load(path: file.path, now: Self.now).report.issues)
        #expect(result.report.issues.first?.message.hasPrefix("not valid JSON") == true)
    }

    /// Untouched files: the mapped path gives exactly what read() gives, for
    /// a valid file, one with a warning, a broken one, an empty one, a
    /// missing one and one over the size limit.
    @Test(arguments: [
        small,
        small.replacingOccurrences(of: "\"crossings\"", with: "\"extra\": 1, \"crossings\""),
        small.replacingOccurrences(of: "120", with: "-12"),
        String(small.dropLast(5)),
        "",
    ])
    func sameAsRead(text: String) throws {
        let file = try ScratchFile(bytes: Array(text.utf8))
        let loader = SnapshotLoader()
        let mapped = MappedSnapshotLoading.load(path: file.path, loader: loader, now: Self.now)
        let read = loader.load(path: file.path, now: Self.now)
        #expect(mapped.report.issues == read.report.issues)
        #expect(mapped.report.errorCount == read.report.errorCount && mapped.report.warningCount == read.report.warningCount)
        #expect(Self.population(mapped) == Self.population(read))
    }

    @Test func refusalsAreTheLoaders() throws {
        let file = try ScratchFile(bytes: Array(Self.small.utf8))
        let tight = SnapshotLoader(sizeLimit: 100)
        let mapped = MappedSnapshotLoading.load(path: file.path, loader: tight, now: Self.now)
        #expect(mapped.report.issues.map(\.message) == tight.load(path: file.path, now: Self.now).report.issues.map(\.message))
        #expect(mapped.report.issues.first?.message.hasPrefix("file is ") == true)
        let missing = MappedSnapshotLoading.load(path: file.path + ".missing", loader: tight, now: Self.now)
        #expect(missing.report.issues.map(\.message) == ["cannot open: No such file or directory"])
    }
}
