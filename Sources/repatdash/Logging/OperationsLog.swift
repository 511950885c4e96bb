import Curses
import DashboardCore
import DashboardUI
import Glibc
import Logging
import SnapshotSources

/// The dashboard's operational messages, worded in one place: what was read
/// and rejected, rescans, the source's problems, signals, start and exit.
/// Everything goes through swift-log; without `--log` the handler is
/// swift-log's no-op one, so nothing is written anywhere (least of all to
/// stderr, which is the terminal the dashboard draws on).
struct OperationsLog {
    var logger: Logger
    /// The `--log` file, to ask at the end whether every line was written.
    var file: LogFile? = nil

    /// Nothing logged: the dashboard without `--log`.
    static var disabled: OperationsLog {
        OperationsLog(logger: Logger(label: "repatdash") { _ in SwiftLogNoOpLogHandler() })
    }

    /// Why the `--log` file stopped being written, if it did.
    var failureMessage: String? { file?.failureMessage }

    /// Opens `--log FILE` and makes it the handler for every logger in the
    /// process (a library's logger must not fall back to stderr either).
    /// Call once, before the terminal is touched.
    static func open(_ options: LogOptions) -> Result<OperationsLog, LogFileOpenError> {
        guard let path = options.log else {
            LoggingSystem.bootstrap { _ in SwiftLogNoOpLogHandler() }
            return .success(.disabled)
        }
        switch LogFile.open(path: path, followSymbolicLink: options.logFollowSymlink) {
        case .failure(let error):
            return .failure(error)
        case .success(let file):
            let level = options.logLevel.level
            LoggingSystem.bootstrap { _ in LogFileHandler(file: file, logLevel: level) }
            return .success(OperationsLog(logger: Logger(label: "repatdash"), file: file))
        }
    }

    // MARK: Start and end

    func started(version: String, settings: DashboardSettings, display: DisplayFlags, fixedNow: String?, logLevel: LogLevelName) {
        var metadata: Logger.Metadata = [
            "version": "\(version)",
            "pid": "\(getpid())",
            "path": "\(settings.snapshotPath.value)",
            "config": "\(settings.file.summary(wasRead: settings.fileWasRead))",
            "theme": "\(settings.theme.value.rawValue)",
            "sort": "\(settings.sort.value.description)",
            "point": "\(settings.crossingPoint.value ?? "first")",
            "stale_after_minutes": "\(ConfigurationFile.format(settings.staleAfterMinutes.value))",
            "max_size_mib": "\(settings.maxSizeMiB.value)",
            "future_tolerance_minutes": "\(ConfigurationFile.format(settings.futureToleranceMinutes.value))",
            "history_hours": "\(settings.historyHours.value)",
            "log_level": "\(logLevel.rawValue)",
        ]
        if display.ascii { metadata["ascii"] = "true" }
        if let fixedNow { metadata["now"] = "\(fixedNow)" }
        logger.info("repatdash started", metadata: metadata)
    }

    func terminalStarted(_ session: TerminalSession, term: String?) {
        logger.debug("terminal started", metadata: [
            "term": "\(term ?? "unset")", "columns": "\(session.columns)", "rows": "\(session.rows)",
            "colors": "\(Self.colorCount(session.colorDepth))", "utf8": "\(session.isUTF8)",
        ])
    }

    func cannotStart(_ message: String) {
        logger.error("cannot start the dashboard", metadata: ["error": "\(message)"])
    }

    func exiting(_ reason: DashboardExitReason) {
        logger.info("repatdash exiting", metadata: ["reason": "\(reason.description)"])
    }

    // MARK: Snapshots

    /// One line per file read, rejected or removed and per problem of the
    /// source, in the order they happened; then, for a start-up scan or a
    /// rescan, a summary. `result.filesRead` is less than the updated files
    /// when the operator quit in the middle.
    func read(_ changes: [SnapshotSourceChange], result: SnapshotFeedResult, occasion: SnapshotReadOccasion, seconds: Double) {
        let filesRead = result.filesRead
        let rejected = Dictionary(result.rejected.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
        let heldAside = Dictionary(result.heldAside.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
        heldAsideReached(result.takenIn)
        var updatedSeen = 0
        var removed = 0
        for change in changes {
            switch change {
            case .updated(let path), .fetched(let path, _):
                guard updatedSeen < filesRead else { continue }
                updatedSeen += 1
                if let file = rejected[path] {
                    let firstError = file.report.errors.first ?? file.report.issues.first
                    var metadata: Logger.Metadata = [
                        "file": "\(PathBytes.spelled(path))", "errors": "\(file.report.errorCount)",
                        "first_error": "\(firstError?.description ?? "unknown")",
                    ]
                    // Rewritten badly in place: said, and that its last good figures stay on screen.
                    if result.lastGoodKept.contains(path) { metadata["last_good_kept"] = "true" }
                    logger.warning("snapshot rejected", metadata: metadata)
                } else if let held = heldAside[path] {
                    logger.warning("snapshot held aside: dated ahead of the clock", metadata: [
                        "file": "\(PathBytes.spelled(path))", "generated_at": "\(held.snapshot.generatedAt)",
                    ])
                } else {
                    logger.info("snapshot read", metadata: ["file": "\(PathBytes.spelled(path))"])
                }
            case .removed(let path):
                removed += 1
                logger.info("snapshot removed", metadata: ["file": "\(PathBytes.spelled(path))"])
            case .problem(let message):
                logger.warning("snapshot source problem", metadata: ["problem": "\(message)"])
            case .recovered:
                logger.info("snapshot source recovered")
            }
        }
        let updatedCount = changes.filter { $0.readPath != nil }.count
        if filesRead < updatedCount {
            logger.info("\(occasion.rawValue) stopped", metadata: ["read": "\(filesRead)", "files": "\(updatedCount)"])
        } else if occasion != .update {
            logger.info("\(occasion.rawValue) finished", metadata: [
                "files": "\(updatedCount)", "rejected": "\(result.rejected.count)", "removed": "\(removed)",
                "seconds": "\(Self.rounded(seconds))",
            ])
        }
    }

    /// Held-aside snapshots the clock has reached, now in use.
    func heldAsideReached(_ paths: [String]) {
        for path in paths {
            logger.info("held-aside snapshot reached by the clock", metadata: ["file": "\(PathBytes.spelled(path))"])
        }
    }

    func reading(_ path: String) {
        logger.debug("reading snapshot", metadata: ["file": "\(PathBytes.spelled(path))"])
    }

    func rescanRequested() {
        logger.info("rescan requested")
    }

    func watching(_ mechanism: WatchMechanism, path: String) {
        switch mechanism {
        case .inotify:
            logger.info("watching with inotify", metadata: ["path": "\(path)"])
        case .polling(let interval):
            logger.info("watching by polling", metadata: ["path": "\(path)", "interval_ms": "\(interval)"])
        }
    }

    // MARK: Terminal and keys

    func signalReceived(_ number: Int32) {
        logger.notice("signal received", metadata: ["signal": "\(DashboardExitReason.signalName(number))"])
    }

    func resized(columns: Int, rows: Int) {
        logger.debug("terminal resized", metadata: ["columns": "\(columns)", "rows": "\(rows)"])
    }

    func exported(_ outcome: ExportOutcome) {
        switch outcome {
        case .written(let fileName, let directory, let rowCount, let tableName):
            logger.info("table exported", metadata: [
                "file": "\(directory)/\(fileName)", "rows": "\(rowCount)", "table": "\(tableName)",
            ])
        case .failed(let directory, let reason):
            logger.warning("table export failed", metadata: ["directory": "\(directory)", "reason": "\(reason)"])
        }
    }

    // MARK: Alerts

    /// Every fire, acknowledgement and clear, with the figure and threshold,
    /// so the shift's log says what the screen said and when.
    func alerts(_ transitions: [AlertTransition]) {
        for transition in transitions {
            switch transition {
            case .fired(let alert):
                let metadata = Self.metadata(alert)
                if alert.severity == .critical { logger.error("alert fired", metadata: metadata) } else { logger.warning("alert fired", metadata: metadata) }
            case .acknowledged(let alert):
                logger.notice("alert acknowledged", metadata: Self.metadata(alert))
            case .cleared(let last):
                logger.notice("alert cleared", metadata: Self.metadata(last))
            }
        }
    }

    private static func metadata(_ alert: FiringAlert) -> Logger.Metadata {
        [
            "rule": "\(alert.rule.name)", "subject": "\(alert.subject.key)", "severity": "\(alert.severity.rawValue)",
            "figure": "\(alert.measurement.figureText)", "threshold": "\(alert.rule.thresholdText(alert.severity))",
        ]
    }

    private static func colorCount(_ depth: ColorDepth) -> String {
        switch depth {
        case .monochrome: "none"
        case .eight: "8"
        case .twoFiftySix: "256"
        }
    }

    private static func rounded(_ seconds: Double) -> String {
        let milliseconds = Int((seconds * 1000).rounded())
        return "\(milliseconds / 1000)." + String(milliseconds % 1000).leftPadded(to: 3)
    }
}
