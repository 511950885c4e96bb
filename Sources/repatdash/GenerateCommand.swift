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
        guard districts >= 0, campsPerDistrict >= 0, points >= 0 else {
            throw ValidationError("--districts, --camps-per-district and --points must not be negative.")
        }
        guard (0...100_000).contains(days) else { throw ValidationError("--days must be from 0 to 100000.") }
        guard count >= 1 else { throw ValidationError("--count must be at least 1.") }
        guard intervalMinutes >= 1 else { throw ValidationError("--interval-minutes must be at least 1.") }
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
            let bytes = encoder.encode(generator.snapshot())
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
            try SnapshotFiles.writeAtomically(encoder.encode(snapshot), to: url)
            MessageOutput.standardOutput(TerminalSafeText.escaped(url.path))
        }
    }
}
