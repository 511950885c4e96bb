import DashboardCore

/// One item of Nagios performance data: `'label'=value[UOM];warn;crit;min;max`.
///
/// Times are given in seconds (`s`, a unit graphing tools know) and
/// population changes in `%`. A deadline's warning when fewer hours are left
/// uses the range `N:` ("alert when below N"), as the plugin guidelines write it.
struct PerformanceDatum: Equatable {
    let label: String
    let value: Double
    let unit: String
    let warning: String
    let critical: String
    let minimum: String

    var text: String {
        "'\(label)'=\(Self.number(value))\(unit);\(warning);\(critical);\(minimum);"
    }

    var json: [String: Any] {
        ["label": label, "value": value, "uom": unit, "warning": warning, "critical": critical, "min": minimum]
    }

    /// A rule's data: one per subject, except where subjects are unbounded
    /// (every district, every camp): one value then, so a graph keeps one series.
    static func data(for outcome: AlertRuleOutcome) -> [PerformanceDatum] {
        let rule = outcome.rule
        let measurements = outcome.measurements
        func datum(_ suffix: String?, _ figure: Double) -> PerformanceDatum {
            let (scale, unit) = scaleAndUnit(rule.kind.name)
            let thresholds = rule.thresholds
            func range(_ line: Double?) -> String {
                guard let line else { return "" }
                return number(line * scale) + (thresholds.direction == .below ? ":" : "")
            }
            return PerformanceDatum(label: label(rule.name + (suffix.map { " " + $0 } ?? "")), value: figure * scale, unit: unit,
                                    warning: range(thresholds.warning), critical: range(thresholds.critical), minimum: "0")
        }
        switch rule.kind {
        case .campStatus:
            return [datum(nil, Double(measurements.count))]
        case .populationChange(district: nil, _, _):
            return measurements.map(\.figure).max().map { [datum("largest", $0)] } ?? []
        case .deadline(id: nil):
            return measurements.map { datum($0.subject.id, $0.figure) }
        default:
            return measurements.map { datum(nil, $0.figure) }
        }
    }

    static func scaleAndUnit(_ kind: AlertKind.Name) -> (Double, String) {
        switch kind {
        case .deadline: (3600, "s")
        case .stale: (60, "s")
        case .populationChange: (1, "%")
        default: (1, "")
        }
    }

    /// The guidelines allow any character in a label but `=` and `'`.
    static func label(_ text: String) -> String {
        String(PluginText.oneLine(text).map { $0 == "=" || $0 == "'" ? "_" : $0 })
    }

    /// `1.83`, `300`, `0.5`: no thousands separator, at most 3 decimals, trailing zeros dropped.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "U" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
