import DashboardCore
import Foundation

/// What `repatdash check` prints: the monitoring-plugin text (first line
/// `STATE - summary | perfdata`, then one line per firing alert) or the same
/// as JSON for scripts.
struct CheckReport {
    let state: PluginState
    let summary: String
    /// Below the first line: one per firing alert, or what made it UNKNOWN.
    let details: [String]
    let performanceData: [PerformanceDatum]
    let firing: [FiringAlert]
    let snapshotPath: String?
    let generatedAt: Instant?

    static func unknown(_ summary: String, details: [String] = []) -> CheckReport {
        CheckReport(state: .unknown, summary: summary, details: details, performanceData: [], firing: [], snapshotPath: nil, generatedAt: nil)
    }

    init(state: PluginState, summary: String, details: [String], performanceData: [PerformanceDatum], firing: [FiringAlert],
         snapshotPath: String?, generatedAt: Instant?) {
        self.state = state
        self.summary = summary
        self.details = details
        self.performanceData = performanceData
        self.firing = firing
        self.snapshotPath = snapshotPath
        self.generatedAt = generatedAt
    }

    init(outcomes: [AlertRuleOutcome], snapshotPath: String, generatedAt: Instant) {
        // Critical first, as the dashboard's list, then in rule order.
        let firing = outcomes.flatMap(\.firing).enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
        let criticals = firing.filter { $0.severity == .critical }.count
        var summary: String
        if firing.isEmpty {
            summary = "\(outcomes.count) rule\(outcomes.count == 1 ? "" : "s"), none firing"
        } else {
            var counts: [String] = []
            if criticals > 0 { counts.append("\(criticals) critical") }
            if firing.count > criticals { counts.append("\(firing.count - criticals) warning") }
            // Each rule named once, with how many subjects fired when more than one.
            let names = outcomes.filter { !$0.firing.isEmpty }.sorted { (AlertRuleOutcome.worst([$0]) ?? .warning) > (AlertRuleOutcome.worst([$1]) ?? .warning) }
                .map { $0.firing.count == 1 ? $0.rule.name : "\($0.rule.name) (\($0.firing.count))" }
            summary = counts.joined(separator: ", ") + ": " + names.joined(separator: ", ")
        }
        summary += " (snapshot \(generatedAt))"
        self.init(state: PluginState(worst: AlertRuleOutcome.worst(outcomes)), summary: summary,
                  details: firing.map { "\($0.severity.pluginState): \($0.rule.name): \($0.summary) (\($0.measurement.detail))" },
                  performanceData: outcomes.flatMap(PerformanceDatum.data(for:)), firing: firing,
                  snapshotPath: snapshotPath, generatedAt: generatedAt)
    }

    var text: String {
        var first = "\(state.word) - \(PluginText.oneLine(summary))"
        if !performanceData.isEmpty { first += " | " + performanceData.map(\.text).joined(separator: " ") }
        return ([first] + details.map(PluginText.oneLine)).joined(separator: "\n") + "\n"
    }

    var json: String {
        var root: [String: Any] = [
            "state": state.word, "exit_status": Int(state.rawValue), "summary": summary,
            "alerts": firing.map { alert -> [String: Any] in
                [
                    "rule": alert.rule.name, "kind": alert.rule.kind.name.rawValue, "severity": alert.severity.rawValue,
                    "subject": alert.subject.label, "subject_key": alert.subject.key, "figure": alert.measurement.figure,
                    "figure_text": alert.measurement.figureText, "threshold": alert.rule.thresholds.threshold(of: alert.severity) as Any,
                    "threshold_text": alert.rule.thresholdText(alert.severity), "detail": alert.measurement.detail,
                ]
            },
            "perfdata": performanceData.map(\.json),
        ]
        if let snapshotPath, let generatedAt {
            root["snapshot"] = ["path": snapshotPath, "generated_at": generatedAt.description]
        }
        if state == .unknown { root["problems"] = details }
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// Plugin output is read line by line: a line break or `|` inside a name
/// from a snapshot would start a new line or fake perfdata.
enum PluginText {
    static func oneLine(_ text: String) -> String {
        String(text.map { $0 == "|" ? "/" : ($0.isNewline || $0 == "\t" ? " " : $0) })
    }
}
