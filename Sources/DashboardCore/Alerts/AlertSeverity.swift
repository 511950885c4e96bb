/// How bad a firing alert is. Ordered, so the worst of several is `max`.
public enum AlertSeverity: String, Sendable, Comparable, CaseIterable {
    case warning, critical

    /// The word the header badge and the alerts list show (`CRIT`, `WARN`),
    /// so severity reads without colour.
    public var shortWord: String { self == .critical ? "CRIT" : "WARN" }

    /// The monitoring-plugin state it maps to (`WARNING`, `CRITICAL`).
    public var pluginState: String { self == .critical ? "CRITICAL" : "WARNING" }

    public static func < (lhs: AlertSeverity, rhs: AlertSeverity) -> Bool {
        lhs == .warning && rhs == .critical
    }
}
