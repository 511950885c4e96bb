/// One `[[alert]]` table of the config file, checked.
public struct AlertRule: Sendable, Equatable {
    /// Unique among the rules: it names the alert in the list, the log and `check`.
    public var name: String
    public var kind: AlertKind
    public var thresholds: AlertThresholds

    public init(name: String, kind: AlertKind, thresholds: AlertThresholds) {
        self.name = name
        self.kind = kind
        self.thresholds = thresholds
    }

    /// `camp_status` has no threshold to cross: a camp that changed status
    /// fires at the rule's one `severity`. As a figure it is 1 against a
    /// threshold of 0, so it goes through the same evaluation as the others.
    public static func campStatus(name: String, district: String?, severity: AlertSeverity) -> AlertRule {
        AlertRule(name: name, kind: .campStatus(district: district), thresholds: AlertThresholds(
            direction: .above, warning: severity == .warning ? 0 : nil, critical: severity == .critical ? 0 : nil))
    }
}
