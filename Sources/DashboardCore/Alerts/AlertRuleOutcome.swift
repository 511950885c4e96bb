/// One rule's evaluation: every figure it measured (for `check`'s perfdata)
/// and the subjects past a threshold.
public struct AlertRuleOutcome: Sendable, Equatable {
    public let rule: AlertRule
    public let measurements: [AlertMeasurement]
    public let firing: [FiringAlert]

    /// Applies the rule's thresholds to `measurements`. `previous` is the
    /// severity each alert (by id) had at the last evaluation, for hysteresis;
    /// a one-shot evaluation (`check`) passes none.
    public init(rule: AlertRule, measurements: [AlertMeasurement], previous: [String: AlertSeverity] = [:]) {
        self.rule = rule
        self.measurements = measurements
        firing = measurements.compactMap { measurement in
            guard measurement.mayFire else { return nil }
            let id = FiringAlert.id(rule: rule.name, subject: measurement.subject)
            return rule.thresholds.severity(for: measurement.figure, wasFiring: previous[id]).map {
                FiringAlert(rule: rule, severity: $0, measurement: measurement)
            }
        }
    }

    /// Every rule evaluated once on `inputs` at `now`: what `check` runs, and
    /// what the dashboard runs on each snapshot and tick.
    public static func evaluate(_ rules: [AlertRule], on inputs: AlertInputs, now: Instant,
                                previous: [String: AlertSeverity] = [:]) -> [AlertRuleOutcome] {
        rules.map { AlertRuleOutcome(rule: $0, measurements: $0.measure(inputs, now: now), previous: previous) }
    }

    /// The worst severity among every rule's firing alerts; nil when none fires.
    public static func worst(_ outcomes: [AlertRuleOutcome]) -> AlertSeverity? {
        outcomes.flatMap(\.firing).map(\.severity).max()
    }
}
