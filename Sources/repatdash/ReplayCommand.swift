import ArgumentParser
import DashboardCore
import Foundation
import SnapshotSources

/// `repatdash replay`: writes a directory's snapshots into another one at a
/// time, each stamped with the current time, as a live producer would; for
/// soak tests and demonstrations. The work is `SnapshotReplayer`'s.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a directory of snapshots into another, one at a time, as a live producer would.",
        discussion: """
            The valid snapshots of --from are written into --into oldest generated_at first, \
            each with generated_at set to the current time (in the snapshot's own UTC offset) \
            and its dates moved by the same whole days (so the crossing window ends today), under names like replay-20261123T101500Z-0001.json. \
            Each file is written to a temporary dot-name and renamed in, so a dashboard never \
            sees half a file. Prints one line per file written.

            Ctrl-C (SIGINT) or SIGTERM stops between two files.
            """
    )

    static let maximumEverySeconds = 86_400.0
    static let maximumKeep = 1_000_000

    @Option(help: ArgumentHelp("The directory of snapshots to replay.", valueName: "directory"))
    var from: String

    @Option(help: ArgumentHelp("The directory to write into (created if missing).", valueName: "directory"))
    var into: String

    @Option(help: ArgumentHelp("Seconds between two files (fractions allowed).", valueName: "seconds"))
    var every: Double = 5

    @Flag(help: "After the last file, start again from the first, until stopped.")
    var loop = false

    @Option(help: ArgumentHelp("Keep only the newest N files written by this replay; 0 keeps all.", valueName: "N"))
    var keep: Int = 50

    @Option(name: .customLong("max-size"), help: "Refuse snapshot files larger than this many MiB, before reading them.")
    var maxSizeMiB: Int = SnapshotLoader.defaultSizeLimit >> 20

    func validate() throws {
        // Bounded, so the pause converts to milliseconds without overflow (1e16 used to trap).
        guard every >= 0, every <= Self.maximumEverySeconds else {
            throw ValidationError("--every must be from 0 to 86400 seconds (a day), got \(ConfigurationFile.format(every))")
        }
        guard !loop || every > 0 else { throw ValidationError("--loop needs --every above 0, or it would write as fast as the disk allows") }
        guard (0...Self.maximumKeep).contains(keep) else { throw ValidationError("--keep must be from 0 (keep all) to 1000000, got \(keep)") }
        guard (1...2047).contains(maxSizeMiB) else { throw ValidationError("--max-size must be from 1 to 2047 (MiB), got \(maxSizeMiB)") }
        guard SnapshotLoader.isDirectory(from) else { throw ValidationError("--from must be a directory of snapshots: \(from)") }
        guard URL(fileURLWithPath: from).standardized.path != URL(fileURLWithPath: into).standardized.path else {
            throw ValidationError("--into must not be the --from directory")
        }
    }

    func run() throws {
        // Before anything else can start a thread: blocked signals wait for the pause between files.
        let signals = TerminationSignals()
        defer { signals.restore() }
        let replayer = SnapshotReplayer(
            configuration: ReplayConfiguration(from: from, into: into, everySeconds: every, loop: loop, keep: keep),
            loader: SnapshotLoader(sizeLimit: maxSizeMiB << 20),
            sleep: { signals.sleep(seconds: $0) },
            // Unbuffered, so a pipe or a log sees each line as the file appears.
            log: { MessageOutput.standardOutput($0) }
        )
        do {
            let count = try replayer.run()
            if let signal = signals.received {
                let name = signal == SIGINT ? "SIGINT" : "SIGTERM"
                MessageOutput.standardError("replay stopped by \(name) after \(count) files")
            }
        } catch {
            MessageOutput.standardError("repatdash replay: \(error.description)")
            throw ExitCode(1)
        }
    }
}
