import ArgumentParser
import DashboardCore
import DashboardUI
import Foundation
import HTTPSnapshotSource

/// `repatdash render`: one frame as plain text, for cron mails, logs and
/// tests; or, with `--format`, the table on screen as CSV, JSON or Markdown
/// for reports and spreadsheets.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print one frame of the dashboard as plain text (no escape codes), or its table as CSV, JSON or Markdown, and exit."
    )

    @Argument(help: "A directory of snapshots, one snapshot file, or an http(s) URL of one snapshot. Default: the bundled sample snapshots.")
    var path: String?

    @Option(help: ArgumentHelp("Frame size, columns × rows.", valueName: "WxH"))
    var size: String = "120x40"

    @Option(help: ArgumentHelp("Drill into this district (its id).", valueName: "id"))
    var district: String?

    @Option(help: ArgumentHelp("Show this crossing point.", valueName: "name"))
    var point: String?

    @Flag(help: "Draw with ASCII only.")
    var ascii = false

    @Option(help: ArgumentHelp(
        "text: the frame. csv, json, markdown: every row of the table, as filtered and sorted: the districts, or with --district that district's camps.",
        valueName: "format"))
    var format: RenderFormat = .text

    @Option(help: ArgumentHelp(
        "districts: the table the formats write (with --district, its camps). crossings: every day at every point and at all points together (point ALL), with deported, families, documents and provinces, in any --format (text: an aligned table).",
        valueName: "table"))
    var table: RenderTable = .districts

    @Option(help: ArgumentHelp("Show only rows whose name contains this text (case and accents ignored), as / does in the dashboard.", valueName: "text"))
    var filter: String?

    @Option(help: ArgumentHelp(
        "Render the newest snapshot at or before this moment (RFC 3339, such as 2025-08-18T12:00:00+05:00), as [ does in the dashboard.",
        valueName: "time"))
    var at: String?

    @Option(help: ArgumentHelp(
        "Change is now minus the newest snapshot at or before this moment (RFC 3339), as b does in the dashboard.",
        valueName: "time"))
    var baseline: String?

    @OptionGroup var reading: SnapshotReadingOptions
    /// `--config` and `--sort`: the config file's path, sort, point, stale threshold and size limit apply here too;
    /// with `--district`, `--sort` sorts that district's camps.
    @OptionGroup var configuration: ConfigurationOptions

    func validate() throws {
        // With --district the table rendered is the camps table, and --sort names one of its columns.
        if district == nil { _ = try configuration.districtSort() } else { _ = try configuration.campSort() }
        guard parsedSize != nil else { throw ValidationError("--size must be WxH with W from 1 to 1000 and H from 1 to 1000, such as 120x40, got \(size)") }
        for (name, text) in [("--at", at), ("--baseline", baseline)] {
            if let text, Instant(rfc3339: text) == nil {
                throw ValidationError("\(name) must be a moment in RFC 3339, such as 2025-08-18T12:00:00+05:00, got \(text)")
            }
        }
    }

    private var parsedSize: (width: Int, height: Int)? {
        let parts = size.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (1...Screen.maximumSide).contains(width), (1...Screen.maximumSide).contains(height) else { return nil }
        return (width, height)
    }

    func run() throws {
        let settings = try DashboardSettings.load(CommandLineSettings(
            configPath: configuration.configPath, snapshotPath: path, crossingPoint: point,
            sort: district == nil ? configuration.districtSort() : nil, maxSizeMiB: reading.maxSizeMiB, futureToleranceMinutes: reading.futureToleranceMinutes,
            historyHours: configuration.historyHours, caFile: reading.caFile))
        let source = settings.snapshotPath.value
        let now = reading.now
        let store = try settings.loadStore(now: now)
        let (width, height) = parsedSize!
        var state = AppState(sourcePath: source, now: now, width: width, height: height, options: settings.displayOptions(ascii: ascii))
        state.update(settings.startingView)
        state.update(.snapshots(store))
        if let baseline = baseline.flatMap(Instant.init(rfc3339:)) { state.update(.compare(with: baseline)) }
        if let at = at.flatMap(Instant.init(rfc3339:)) {
            guard state.history.moment(atOrBefore: at) != nil else {
                let oldest = state.history.oldest.map { ", the oldest kept is \($0.generatedAt) (\($0.path))" } ?? ""
                throw ValidationError("no snapshot at or before \(self.at!) in \(source)\(oldest)")
            }
            SnapshotReread.answer(state.update(.travel(to: at)), loader: settings.loader, now: now, state: &state)
            if let problem = state.timeTravel?.problem { throw DashboardError(problem) }
        }
        // --point is the starting point already (settings); here it must also be in the snapshot.
        if let point, state.data?.crossings.point(named: point) == nil {
            throw ValidationError("no crossing point named \(TerminalSafeText.escaped(point)) in the snapshot")
        }
        if let district {
            guard state.data?.district(id: district) != nil else { throw ValidationError("no district with id \(TerminalSafeText.escaped(district)) in the snapshot") }
            state.update(.selectDistrict(district))
            state.update(.key(.enter))
            if let sort = try configuration.campSort() { state.update(.sortCamps(column: sort.column, ascending: sort.ascending)) }
        }
        if let filter { state.update(.filter(filter)) }
        // A report shows what fires: the alerts list over the frame, as `!` opens it.
        if !state.alertEntries.isEmpty { state.update(.key(.character("!"))) }
        let text: String
        if table == .crossings {
            guard let crossings = CrossingsTableExport(state: state) else {
                throw DashboardError("no valid snapshot in \(TerminalSafeText.escaped(source)): no crossings table to write")
            }
            text = format.document(crossings)
        } else if format == .text {
            text = DashboardView.render(state).lines().joined(separator: "\n") + "\n"
        } else {
            guard let table = TableExport(state: state) else { throw DashboardError("no valid snapshot in \(TerminalSafeText.escaped(source)): no table to write as \(format.rawValue)") }
            text = format.document(table) ?? ""
        }
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
