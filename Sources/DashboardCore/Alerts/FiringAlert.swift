/// One rule past its threshold for one subject.
public struct FiringAlert: Sendable, Equatable {
    public let rule: AlertRule
    public let severity: AlertSeverity
    public let measurement: AlertMeasurement

    public init(rule: AlertRule, severity: AlertSeverity, measurement: AlertMeasurement) {
        self.rule = rule
        self.severity = severity
        self.measurement = measurement
    }

    public var subject: AlertSubject { measurement.subject }

    /// Rule name and subject, as Prometheus identifies an alert by its labels.
    public var id: String { Self.id(rule: rule.name, subject: subject) }

    public static func id(rule: String, subject: AlertSubject) -> String { rule + "{" + subject.key + "}" }

    /// `Torkham ratio 1.83, warning above 1.5`.
    public var summary: String {
        "\(subject.label) \(measurement.figureText), \(rule.thresholdText(severity))"
    }
}

extension AlertRule {
    /// `warning above 1.5`, `critical under 24 hours`, `critical: status lost`.
    public func thresholdText(_ severity: AlertSeverity) -> String {
        let name = severity.rawValue
        guard let unit = kind.name.thresholdUnit, let line = thresholds.threshold(of: severity) else { return "\(name): status lost" }
        let side = thresholds.direction == .above ? "above" : "under"
        let number = AlertThresholds.text(line)
        switch unit {
        case "percent": return "\(name) above \(number)%"
        case "ratio", "count": return "\(name) \(side) \(number)"
        default: return "\(name) \(side) \(number) \(unit)"
        }
    }
}
