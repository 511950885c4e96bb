import DashboardCore
import Foundation

/// Replays a directory of snapshots into another, one at a time, as if a
/// producer were writing them now: the soak test and the demonstration of a
/// live dashboard. `repatdash replay` is a thin wrapper; the clock, the sleep
/// and the output are injected so tests run without waiting.
///
/// `generated_at` becomes the current time in the snapshot's own UTC offset,
/// and every date moves by the same whole number of days (crossing dates,
/// de-notification dates, deadlines), so the crossing window still ends
/// "today" and countdowns keep their distance. Counts are kept as they are.
public final class SnapshotReplayer {
    public let configuration: ReplayConfiguration

    private let loader: SnapshotLoader
    private let encoder: SnapshotEncoder
    private let clock: () -> Date
    private let sleep: (Double) -> Bool
    private let log: (String) -> Void

    /// Paths written and not yet pruned, oldest first.
    public private(set) var written: [String] = []
    private var sequence = 0
    private var lastGeneratedAt: Instant?

    /// - Parameters:
    ///   - sleep: waits the given seconds; returns false when the replay must
    ///     stop (SIGINT or SIGTERM arrived), so the replay ends between two files.
    ///   - log: receives one line per file written, and one per file skipped.
    public init(
        configuration: ReplayConfiguration, loader: SnapshotLoader = SnapshotLoader(),
        clock: @escaping () -> Date = Date.init, sleep: @escaping (Double) -> Bool, log: @escaping (String) -> Void
    ) {
        self.configuration = configuration
        self.loader = loader
        self.encoder = SnapshotEncoder(pretty: configuration.pretty)
        self.clock = clock
        self.sleep = sleep
        self.log = log
    }

    /// Writes the plan's snapshots (forever with `loop`) until done or told to
    /// stop. Returns how many files it wrote.
    @discardableResult
    public func run() throws(ReplayError) -> Int {
        let plan = try ReplayPlan.make(directory: configuration.from, loader: loader, now: Instant(clock()))
        for file in plan.skipped { log("skipped \(TerminalSafeText.escaped(file.path)): \(file.report.errors.first.map { "\($0)" } ?? "invalid")") }
        guard !plan.items.isEmpty else { throw ReplayError("no valid snapshots in \(configuration.from)") }
        do {
            try FileManager.default.createDirectory(atPath: configuration.into, withIntermediateDirectories: true)
        } catch {
            throw ReplayError("cannot create \(TerminalSafeText.escaped(configuration.into)): \(ErrorWording.plain(error))")
        }
        var count = 0
        var started = false
        repeat {
            var writtenThisRound = 0
            for item in plan.items {
                // A pause between two files, also from the last back to the first when looping.
                if started {
                    guard sleep(configuration.everySeconds) else { return count }
                }
                started = true
                if try replay(item) {
                    count += 1
                    writtenThisRound += 1
                }
            }
            // Every file turned invalid since the plan was made: looping would spin.
            guard writtenThisRound > 0 else { throw ReplayError("no valid snapshots left in \(configuration.from)") }
        } while configuration.loop
        return count
    }

    /// Writes one snapshot with a fresh `generated_at`; false when it no longer validates.
    private func replay(_ item: ReplayPlan.Item) throws(ReplayError) -> Bool {
        let now = clock()
        let file = loader.load(path: item.path, now: Instant(now))
        guard var snapshot = file.report.snapshot else {
            log("skipped \(TerminalSafeText.escaped(item.path)): \(file.report.errors.first.map { "\($0)" } ?? "invalid")")
            return false
        }
        let original = snapshot.generatedAt
        snapshot.generatedAt = freshGeneratedAt(now, offset: original.utcOffsetSeconds)
        // Dates move with generated_at, in whole days in the writer's offset, so "today" stays today.
        let offset = original.utcOffsetSeconds
        snapshot = snapshot.shifted(byDays: snapshot.generatedAt.day(atOffset: offset) - original.day(atOffset: offset))
        // Never a file the dashboard would reject (a deadline moved past year 9999, a file grown past the limit).
        let bytes: [UInt8]
        do {
            bytes = try encoder.encodeValidated(snapshot, sizeLimit: loader.sizeLimit, now: Instant(now))
        } catch {
            log("skipped \(item.path): \(error.description)")
            return false
        }
        sequence += 1
        let path = (configuration.into.hasSuffix("/") ? configuration.into : configuration.into + "/")
            + ReplayFileNames.name(for: snapshot.generatedAt, sequence: sequence)
        do {
            try AtomicFileWriter.write(bytes, to: path)
        } catch {
            throw ReplayError(error.description)
        }
        written.append(path)
        log("wrote \(TerminalSafeText.escaped(path)) (generated_at \(snapshot.generatedAt), from \(TerminalSafeText.escaped(file.name)))")
        prune()
        return true
    }

    /// Whole seconds, as producers write; when files come faster than one a
    /// second, a millisecond after the previous one, so each replayed
    /// snapshot is strictly newer than the last and becomes the latest.
    private func freshGeneratedAt(_ now: Date, offset: Int32) -> Instant {
        var fresh = Instant(epochSeconds: Int64(now.timeIntervalSince1970.rounded(.down)), utcOffsetSeconds: offset)
        if let last = lastGeneratedAt, !(last < fresh) {
            let nanoseconds = Int64(last.nanoseconds) + 1_000_000
            fresh = Instant(
                epochSeconds: last.epochSeconds + nanoseconds / 1_000_000_000,
                nanoseconds: Int32(nanoseconds % 1_000_000_000), utcOffsetSeconds: offset
            )
        }
        lastGeneratedAt = fresh
        return fresh
    }

    /// Deletes the oldest files this replay wrote beyond `keep` (never anything else in the directory).
    private func prune() {
        guard configuration.keep > 0 else { return }
        while written.count > configuration.keep {
            unlink(written.removeFirst())
        }
    }
}
