/// The alerts on the dashboard: what fires, since when, and what the
/// operator acknowledged. Evaluation is `AlertRuleOutcome.evaluate`; this
/// keeps what lasts between evaluations (severities for hysteresis, since,
/// acknowledgement) and says what changed.
public struct AlertBoard: Sendable {
    public struct Entry: Sendable, Equatable {
        public var alert: FiringAlert
        /// When it began firing (at its first severity; escalation keeps it, as Prometheus' `activeAt`).
        public var since: Instant
        /// Stays listed, dimmed, until it clears.
        public var isAcknowledged: Bool
    }

    public let rules: [AlertRule]
    /// Firing alerts, critical first, then the oldest first.
    public private(set) var entries: [Entry] = []
    /// The figures of the rules that do not follow the clock, measured once per
    /// snapshot change (10,000 districts are not to be summed every second).
    private var snapshotMeasurements: [[AlertMeasurement]]
    private var inputs = AlertInputs(history: [], rejectedInARow: 0)

    public init(rules: [AlertRule]) {
        self.rules = rules
        snapshotMeasurements = Array(repeating: [], count: rules.count)
    }

    public var count: (critical: Int, warning: Int) {
        entries.reduce(into: (0, 0)) { $0.0 += $1.alert.severity == .critical ? 1 : 0; $0.1 += $1.alert.severity == .warning ? 1 : 0 }
    }

    /// New snapshots (or a rejected file): every rule is measured again.
    public mutating func take(_ newInputs: AlertInputs, now: Instant) -> [AlertTransition] {
        inputs = newInputs
        snapshotMeasurements = rules.map { $0.kind.followsTheClock ? [] : $0.measure(newInputs, now: now) }
        return evaluate(now: now)
    }

    /// The clock moved: the rules that follow it are measured again.
    public mutating func tick(now: Instant) -> [AlertTransition] {
        guard rules.contains(where: \.kind.followsTheClock) else { return [] }
        return evaluate(now: now)
    }

    /// Marks the alert acknowledged; nil when there is no such alert or it already was.
    public mutating func acknowledge(id: String) -> AlertTransition? {
        guard let index = entries.firstIndex(where: { $0.alert.id == id }), !entries[index].isAcknowledged else { return nil }
        entries[index].isAcknowledged = true
        return .acknowledged(entries[index].alert)
    }

    private mutating func evaluate(now: Instant) -> [AlertTransition] {
        let previous = Dictionary(entries.map { ($0.alert.id, $0.alert.severity) }, uniquingKeysWith: { first, _ in first })
        let outcomes = zip(rules, snapshotMeasurements).map { rule, cached in
            AlertRuleOutcome(rule: rule, measurements: rule.kind.followsTheClock ? rule.measure(inputs, now: now) : cached, previous: previous)
        }
        let old = Dictionary(entries.map { ($0.alert.id, $0) }, uniquingKeysWith: { first, _ in first })
        var transitions: [AlertTransition] = []
        var next: [Entry] = []
        var stillFiring = Set<String>()
        for alert in outcomes.flatMap(\.firing) {
            stillFiring.insert(alert.id)
            if var entry = old[alert.id] {
                if entry.alert.severity != alert.severity {
                    transitions.append(.fired(alert))
                    entry.isAcknowledged = false
                }
                entry.alert = alert
                next.append(entry)
            } else {
                transitions.append(.fired(alert))
                next.append(Entry(alert: alert, since: now, isAcknowledged: false))
            }
        }
        for entry in entries where !stillFiring.contains(entry.alert.id) {
            transitions.append(.cleared(last: entry.alert))
        }
        entries = next.sorted { a, b in
            if a.alert.severity != b.alert.severity { return a.alert.severity > b.alert.severity }
            return a.since != b.since ? a.since < b.since : a.alert.id < b.alert.id
        }
        return transitions
    }
}
