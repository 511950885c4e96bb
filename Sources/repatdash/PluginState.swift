import DashboardCore

/// The four states of the monitoring-plugin convention (Nagios, Icinga,
/// Zabbix's and Prometheus' wrappers read the same): the first word of the
/// first line and the exit status.
enum PluginState: Int32 {
    case ok = 0, warning = 1, critical = 2, unknown = 3

    var word: String {
        switch self {
        case .ok: "OK"
        case .warning: "WARNING"
        case .critical: "CRITICAL"
        case .unknown: "UNKNOWN"
        }
    }

    init(worst: AlertSeverity?) {
        switch worst {
        case nil: self = .ok
        case .warning: self = .warning
        case .critical: self = .critical
        }
    }
}
