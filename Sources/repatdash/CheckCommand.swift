import ArgumentParser
import DashboardCore
import Foundation

/// `repatdash check`: the alert rules evaluated once on the newest snapshot,
/// printed and exited with as a monitoring plugin does, so Icinga, Nagios
/// or a wrapper for Zabbix or Prometheus can run it. It evaluates with the
/// same function as the dashboard (`AlertRuleOutcome.evaluate`); what is
/// here is only reading and printing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Evaluate the [[alert]] rules once and report as a monitoring plugin (Nagios, Icinga).",
        discussion: """
        First line: OK, WARNING, CRITICAL or UNKNOWN, a summary naming the rules
        that fired, and performance data after |. Then one line per firing alert.
        Exit status: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (no valid snapshot, no
        rules, a broken config file, a usage error).
        """
    )

    @Argument(help: "A directory of snapshots, one snapshot file, or an http(s):// URL of one. Default: snapshot_path (or snapshot_url) from the config file.")
    var path: String?

    @Option(name: .customLong("config"), help: ArgumentHelp("Read the rules from this TOML file instead of $XDG_CONFIG_HOME/repatdash/config.toml.", valueName: "file"))
    var configPath: String?

    @Option(help: ArgumentHelp("text: the plugin convention. json: the same for scripts.", valueName: "format"))
    var format: CheckFormat = .text

    @OptionGroup var reading: SnapshotReadingOptions

    enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    /// Every valid file of the directory is history for `within_hours`; a
    /// shift of 15-minute snapshots is about 50 files.
    static let historyLimit = 10_000

    func run() throws {
        let report = evaluate()
        let output = format == .json ? report.json : report.text
        // Like every command's output, through the one terminal-safe writer.
        MessageOutput.standardOutput(output)
        throw ExitCode(report.state.rawValue)
    }

    private func evaluate() -> CheckReport {
        let settings: DashboardSettings
        do {
            settings = try DashboardSettings.resolve(
                commandLine: CommandLineSettings(configPath: configPath, snapshotPath: path, maxSizeMiB: reading.maxSizeMiB,
                                                 futureToleranceMinutes: reading.futureToleranceMinutes, caFile: reading.caFile),
                environment: ProcessInfo.processInfo.environment, bundledSnapshots: BundledResources.snapshotsPath)
        } catch let error as ConfigurationError {
            return .unknown("broken config file", details: error.problems.map(\.description))
        } catch {
            return .unknown("cannot read the config file: \(ErrorWording.plain(error))")
        }
        let rules = settings.alertRules.value
        guard !rules.isEmpty else {
            // A check that can never fail is a misconfiguration to show, not an OK.
            return .unknown("no [[alert]] rules in \(settings.file.summary(wasRead: settings.fileWasRead))")
        }
        let source = settings.snapshotPath.value
        let now = reading.now
        let store: SnapshotStore
        do {
            store = try settings.loadStore(now: now, historyLimit: Self.historyLimit)
        } catch let error as DashboardError {
            return .unknown(error.description)
        } catch {
            return .unknown("cannot read \(TerminalSafeText.escaped(source)): \(ErrorWording.plain(error))")
        }
        guard let latest = store.latest else {
            return .unknown("no valid snapshot in \(source)", details: store.rejectedFiles.map { file in
                "\(file.path): \(file.report.errors.first?.description ?? "rejected")"
            })
        }
        let outcomes = AlertRuleOutcome.evaluate(rules, on: AlertInputs(store: store, shiftStarts: settings.shiftStarts.value), now: now)
        return CheckReport(outcomes: outcomes, snapshotPath: latest.path, generatedAt: latest.snapshot.generatedAt)
    }
}
