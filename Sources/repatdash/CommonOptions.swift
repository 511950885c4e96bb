import ArgumentParser
import DashboardCore
import Foundation

/// Options every command that reads snapshots shares.
struct SnapshotReadingOptions: ParsableArguments {
    /// Sizes `--max-size` and `max_size_mib` accept: a snapshot is never near 2 GiB.
    static let acceptedSizeMiB = 1...2047
    /// How far ahead `--future-tolerance` and `future_tolerance_minutes` may
    /// reach: a week covers any clock error; more would let a typo take the screen.
    static let acceptedFutureToleranceMinutes = 0.0...10_080
    static let defaultFutureToleranceMinutes = Double(SnapshotDecoder.futureTolerance) / 60

    /// Optional so that the dashboard can tell "not given" from "given": then
    /// `max_size_mib` in the config file applies (see DashboardSettings).
    @Option(name: .customLong("max-size"), help: ArgumentHelp(
        "Refuse snapshot files larger than this many MiB, before reading them (default: \(SnapshotLoader.defaultSizeLimit >> 20)).",
        valueName: "max-size"))
    var maxSizeMiB: Int?

    /// Optional so that the config file's `future_tolerance_minutes` applies when it is not given.
    @Option(name: .customLong("future-tolerance"), help: ArgumentHelp(
        "Hold aside (and warn about) snapshots dated more than this many minutes ahead of the clock (default: \(ConfigurationFile.format(defaultFutureToleranceMinutes))).",
        valueName: "minutes"))
    var futureToleranceMinutes: Double?
    @Option(name: .customLong("ca-file"), help: ArgumentHelp(
        "For an https:// URL: trust the CA certificates in this PEM file instead of the system's bundle (a private CA).",
        valueName: "file"))
    var caFile: String?

    @Option(name: .customLong("now"), help: ArgumentHelp("Take this RFC 3339 time as the current time (for tests and reports).", valueName: "time"))
    var nowText: String?

    func validate() throws {
        if let maxSizeMiB, !Self.acceptedSizeMiB.contains(maxSizeMiB) {
            throw ValidationError("--max-size must be from 1 to 2047 (MiB), got \(maxSizeMiB)")
        }
        if let futureToleranceMinutes, !Self.acceptedFutureToleranceMinutes.contains(futureToleranceMinutes) {
            throw ValidationError("--future-tolerance must be from 0 to 10080 minutes (a week), got \(ConfigurationFile.format(futureToleranceMinutes))")
        }
        if let nowText, Instant(rfc3339: nowText) == nil {
            throw ValidationError("--now must be an RFC 3339 time with an offset, such as 2025-04-07T18:00:00+05:00, got \(nowText)")
        }
    }

    /// The loader for commands the config file does not apply to (`validate`).
    var loader: SnapshotLoader {
        Self.loader(maxSizeMiB: maxSizeMiB, futureToleranceMinutes: futureToleranceMinutes)
    }

    /// Also for `validate`'s fast path, which never builds these options (nil: not given).
    static func loader(maxSizeMiB: Int?, futureToleranceMinutes: Double?) -> SnapshotLoader {
        SnapshotLoader(sizeLimit: (maxSizeMiB ?? SnapshotLoader.defaultSizeLimit >> 20) << 20,
                       futureToleranceSeconds: (futureToleranceMinutes ?? defaultFutureToleranceMinutes) * 60)
    }

    var now: Instant {
        nowText.flatMap { Instant(rfc3339: $0) } ?? Instant(Date())
    }
}
