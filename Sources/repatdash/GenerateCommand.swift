import ArgumentParser
import DashboardCore
import Foundation
import SnapshotGeneration

/// `repatdash generate`: writes synthetic snapshots (made-up names and
/// figures, for tests and benchmarks) or the bundled illustrative sample set.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write synthetic snapshots, or the illustrative sample set.",
        discussion: """
            Synthetic snapshots are deterministic: the same options give the same bytes.
            With --count N, the N snapshots are --interval-minutes apart and the last is
            at --generated-at; camp populations drift between them.
            --sample writes the bundled illustrative sample set (pretty-printed) into the
            --out directory; the size options are then ignored.
            """
    )

    @Option(help: "Districts in a synthetic snapshot.")
    var districts: Int = 1000

    @Option(name: .customLong("camps-per-district"), help: "Camps in each district.")
    var campsPerDistrict: Int = 20

    @Option(help: "Days of crossings, ending on the snapshot's own day (Asia/Karachi).")
    var days: Int = 365

    @Option(help: "Crossing points.")
    var points: Int = 6

    @Option(help: "Seed for the generator.")
    var seed: UInt64 = 1

    @Option(name: .customLong("generated-at"), help: "The snapshot's generated_at (RFC 3339 with offset); the last one with --count.")
    var generatedAt: String = "2025-04-07T18:00:00+05:00"

    @Option(help: "Number of snapshots in a sequence.")
    var count: Int = 1

    @Option(name: .customLong("interval-minutes"), help: "Minutes between snapshots of a sequence.")
    var intervalMinutes: Int = 60

    @Option(help: "A file for one snapshot (or an existing directory, or a path ending in /), a directory for several or with --sample; '-' for standard output.")
    var out: String = "-"

    @Flag(help: "Indent the JSON (2 spaces, one camp or crossing per line).")
    var pretty = false

    @Flag(help: "Write the bundled illustrative sample set into the --out directory.")
    var sample = false

    func validate() throws {
        if sample {
            guard out != "-" else { throw ValidationError("--sample needs --out DIRECTORY.") }
            return
        }
        // Ranges that keep the arithmetic (ids, dates, sizes) far from overflow; the result is validated besides.
        guard (0...1_000_000).contains(districts) else { throw ValidationError("--districts must be from 0 to 1000000, got \(districts).") }
        guard (0...10_000).contains(campsPerDistrict) else {
            throw ValidationError("--camps-per-district must be from 0 to 10000, got \(campsPerDistrict).")
        }
        guard (0...1000).contains(points) else { throw ValidationError("--points must be from 0 to 1000, got \(points).") }
        guard (0...100_000).contains(days) else { throw ValidationError("--days must be from 0 to 100000, got \(days).") }
        guard (1...100_000).contains(count) else { throw ValidationError("--count must be from 1 to 100000, got \(count).") }
        guard (1...5_256_000).contains(intervalMinutes) else {
            throw ValidationError("--interval-minutes must be from 1 to 5256000 (ten years), got \(intervalMinutes).")
        }
        guard Instant(rfc3339: generatedAt) != nil else {
            throw ValidationError("--generated-at: not an RFC 3339 time with offset: \(generatedAt)")
        }
        if count > 1, out == "-" { throw ValidationError("--count \(count) needs --out DIRECTORY.") }
    }

    /// A file or directory that cannot be written is named, with the reason
    /// in plain words (Foundation's own would reach the operator otherwise).
    func run() throws {
        do {
            try generate()
        } catch let error as AtomicWriteError {
            // The temporary's random name is ours; the operator named `out`.
            throw DashboardError("cannot write \(TerminalSafeText.escaped(out)): \(ErrorWording.errnoText(error.code))")
        } catch {
            throw DashboardError("cannot write \(TerminalSafeText.escaped(out)): \(ErrorWording.plain(error))")
        }
    }

    private func generate() throws {
        if sample {
            let files = try SampleSnapshots.writeAll(to: URL(fileURLWithPath: out, isDirectory: true))
            for file in files { MessageOutput.standardOutput(TerminalSafeText.escaped(file.path)) }
            return
        }

        let generator = SyntheticSnapshotGenerator(
            districts: districts, campsPerDistrict: campsPerDistrict, days: days, points: points,
            seed: seed, generatedAt: Instant(rfc3339: generatedAt)!
        )
        let encoder = SnapshotEncoder(pretty: pretty)

        if count == 1 {
            let bytes = try validated(generator.snapshot(), encoder: encoder)
            if out == "-" {
                FileHandle.standardOutput.write(Data(bytes))
                return
            }
            var isDirectory: ObjCBool = false
            var url = URL(fileURLWithPath: out)
            if out.hasSuffix("/") {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            }
            if FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory), isDirectory.boolValue {
                url = url.appendingPathComponent(SnapshotFiles.fileName(for: generator.generatedAt))
            }
            try SnapshotFiles.writeAtomically(bytes, to: url)
            MessageOutput.standardOutput(TerminalSafeText.escaped(url.path))
            return
        }

        let directory = URL(fileURLWithPath: out, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for snapshot in generator.sequence(count: count, intervalSeconds: Int64(intervalMinutes) * 60) {
            let url = directory.appendingPathComponent(SnapshotFiles.fileName(for: snapshot.generatedAt))
            try SnapshotFiles.writeAtomically(validated(snapshot, encoder: encoder), to: url)
            MessageOutput.standardOutput(TerminalSafeText.escaped(url.path))
        }
    }

    /// Never a file `validate` rejects: refused here instead, with the first error.
    private func validated(_ snapshot: Snapshot, encoder: SnapshotEncoder) throws -> [UInt8] {
        do {
            return try encoder.encodeValidated(snapshot, now: Instant(Date()))
        } catch {
            throw ValidationError("cannot generate \(snapshot.generatedAt): \(error.description)")
        }
    }
}
