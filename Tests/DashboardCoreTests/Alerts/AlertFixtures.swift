@testable import DashboardCore

/// Small hand-made snapshots for the alert tests. Times are in Asia/Karachi
/// (+05:00), the snapshots' default zone, so a snapshot at 18:00 is on the
/// day its date says.
enum AlertFixtures {
    static func instant(_ text: String) -> Instant { Instant(rfc3339: text)! }
    static func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

    static func snapshot(at time: String, districts: [District] = [], crossings: [Crossing] = [], deadlines: [Deadline] = []) -> Snapshot {
        Snapshot(generatedAt: instant(time), districts: districts, crossings: crossings, deadlines: deadlines)
    }

    /// A district whose camps hold `populations`, camp ids `<id>-1`, `<id>-2`...
    static func district(_ id: String, _ populations: [Int], statuses: [Camp.Status]? = nil) -> District {
        District(id: id, name: id.capitalized, province: "Khyber Pakhtunkhwa", camps: populations.enumerated().map { index, population in
            Camp(id: "\(id)-\(index + 1)", name: "\(id.capitalized) camp \(index + 1)", status: statuses?[index] ?? .open, population: population)
        })
    }

    static func rule(_ kind: AlertKind, warning: Double?, critical: Double?, clearWarning: Double? = nil, clearCritical: Double? = nil) -> AlertRule {
        AlertRule(name: "rule", kind: kind, thresholds: AlertThresholds(
            direction: kind.name.direction, warning: warning, critical: critical, clearWarning: clearWarning, clearCritical: clearCritical))
    }

    /// The severities `rule` fires with on `history` at `now`, by subject key.
    static func severities(_ rule: AlertRule, _ history: [Snapshot], now: String, rejected: Int = 0,
                           previous: [String: AlertSeverity] = [:]) -> [String: AlertSeverity] {
        let outcome = AlertRuleOutcome.evaluate([rule], on: AlertInputs(history: history, rejectedInARow: rejected), now: instant(now), previous: previous)[0]
        return Dictionary(uniqueKeysWithValues: outcome.firing.map { ($0.subject.key, $0.severity) })
    }
}
