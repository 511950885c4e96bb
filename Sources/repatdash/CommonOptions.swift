import ArgumentParser
import DashboardCore
import Foundation

/// Options every command that reads snapshots shares.
struct SnapshotReadingOptions: ParsableArguments {
    @Option(name: .customLong("max-size"), help: "Refuse snapshot files larger than this many MiB, before reading them.")
    var maxSizeMiB: Int = SnapshotLoader.defaultSizeLimit >> 20

    @Option(name: .customLong("now"), help: ArgumentHelp("Take this RFC 3339 time as the current time (for tests and reports).", valueName: "time"))
    var nowText: String?

    func validate() throws {
        guard (1...2047).contains(maxSizeMiB) else { throw ValidationError("--max-size must be from 1 to 2047 (MiB), got \(maxSizeMiB)") }
        if let nowText, Instant(rfc3339: nowText) == nil {
            throw ValidationError("--now must be an RFC 3339 time with an offset, such as 2025-04-07T18:00:00+05:00, got \(nowText)")
        }
    }

    var loader: SnapshotLoader { SnapshotLoader(sizeLimit: maxSizeMiB << 20) }

    var now: Instant {
        nowText.flatMap { Instant(rfc3339: $0) } ?? Instant(Date())
    }
}
