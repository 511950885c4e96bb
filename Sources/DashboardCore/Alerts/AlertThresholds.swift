/// A rule's warning and critical thresholds with their clear points.
///
/// As in the Nagios threshold ranges, a figure exactly on a threshold is not
/// past it: `warning = 1.5` on an upward rule fires from 1.5000001. A rule
/// that is firing clears only when the figure is back past its clear point
/// (`clear_warning_*`, `clear_critical_*`, each the threshold itself unless
/// given), so a figure that sits on the line does not fire and clear every
/// few seconds.
public struct AlertThresholds: Sendable, Equatable {
    /// Whether a larger figure is worse (an age, a ratio) or a smaller one
    /// (hours left before a deadline).
    public enum Direction: Sendable, Equatable {
        case above, below
    }

    public var direction: Direction
    public var warning: Double?
    public var critical: Double?
    public var clearWarning: Double?
    public var clearCritical: Double?

    public init(direction: Direction, warning: Double?, critical: Double?, clearWarning: Double? = nil, clearCritical: Double? = nil) {
        self.direction = direction
        self.warning = warning
        self.critical = critical
        self.clearWarning = clearWarning
        self.clearCritical = clearCritical
    }

    /// The severity for `figure`, given the severity it had at the last
    /// evaluation (nil: it was not firing).
    public func severity(for figure: Double, wasFiring previous: AlertSeverity?) -> AlertSeverity? {
        if let critical, isPast(figure, critical) { return .critical }
        if previous == .critical, let critical, isPast(figure, clearCritical ?? critical) { return .critical }
        if let warning, isPast(figure, warning) { return .warning }
        if previous != nil, let warning, isPast(figure, clearWarning ?? warning) { return .warning }
        // A rule with only a critical threshold drops from critical straight to clear.
        return nil
    }

    /// The threshold a firing alert of `severity` is past.
    public func threshold(of severity: AlertSeverity) -> Double? {
        severity == .critical ? critical : warning
    }

    /// Strictly past: on the line is not past.
    func isPast(_ figure: Double, _ line: Double) -> Bool {
        direction == .above ? figure > line : figure < line
    }

    /// What is inconsistent, as (the key at fault, why): a critical threshold
    /// less severe than the warning one, a clear point on the wrong side of
    /// its threshold. Key names are `<prefix><unit>` (`warning_hours`).
    public func problems(unit: String) -> [(key: String, message: String)] {
        var found: [(key: String, message: String)] = []
        let worse = direction == .above ? "more" : "less"
        if warning == nil, critical == nil {
            found.append(("warning_\(unit)", "a rule needs warning_\(unit) or critical_\(unit) (or both)"))
        }
        if let warning, let critical, isPast(warning, critical) {
            found.append(("critical_\(unit)", "must be \(worse) than or equal to warning_\(unit) (\(Self.text(warning))), got \(Self.text(critical))"))
        }
        for (clear, line, name) in [(clearWarning, warning, "warning"), (clearCritical, critical, "critical")] {
            guard let clear else { continue }
            guard let line else {
                found.append(("clear_\(name)_\(unit)", "is given without \(name)_\(unit)"))
                continue
            }
            if isPast(clear, line) {
                let side = direction == .above ? "at or below" : "at or above"
                found.append(("clear_\(name)_\(unit)", "must be \(side) \(name)_\(unit) (\(Self.text(line))), got \(Self.text(clear))"))
            }
        }
        return found
    }

    static func text(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
