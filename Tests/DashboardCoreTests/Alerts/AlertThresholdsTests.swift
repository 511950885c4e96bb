import Testing
@testable import DashboardCore

/// On the line is not past it (as Nagios ranges); a firing alert holds until
/// the figure is back past its clear point.
@Suite("Alert thresholds")
struct AlertThresholdsTests {
    let upward = AlertThresholds(direction: .above, warning: 1.5, critical: 2.0, clearWarning: 1.3, clearCritical: 1.8)
    let downward = AlertThresholds(direction: .below, warning: 24, critical: 6, clearWarning: 30)

    @Test func upwardAtBelowAndAboveEachThreshold() {
        #expect(upward.severity(for: 1.4, wasFiring: nil) == nil)
        #expect(upward.severity(for: 1.5, wasFiring: nil) == nil, "on the warning line: not past it")
        #expect(upward.severity(for: 1.5001, wasFiring: nil) == .warning)
        #expect(upward.severity(for: 2.0, wasFiring: nil) == .warning, "on the critical line: still warning")
        #expect(upward.severity(for: 2.0001, wasFiring: nil) == .critical)
    }

    @Test func downwardAtBelowAndAboveEachThreshold() {
        #expect(downward.severity(for: 24.5, wasFiring: nil) == nil)
        #expect(downward.severity(for: 24, wasFiring: nil) == nil)
        #expect(downward.severity(for: 23.99, wasFiring: nil) == .warning)
        #expect(downward.severity(for: 6, wasFiring: nil) == .warning)
        #expect(downward.severity(for: 5.99, wasFiring: nil) == .critical)
    }

    @Test func aFiringWarningHoldsUntilPastItsClearPoint() {
        // Between clear (1.3) and warning (1.5): holds when firing, stays quiet when not.
        #expect(upward.severity(for: 1.4, wasFiring: .warning) == .warning)
        #expect(upward.severity(for: 1.4, wasFiring: nil) == nil)
        #expect(upward.severity(for: 1.3001, wasFiring: .warning) == .warning)
        #expect(upward.severity(for: 1.3, wasFiring: .warning) == nil, "back on the clear point: cleared")
        // Downward: warning 24 clears only at 30 hours left or more.
        #expect(downward.severity(for: 27, wasFiring: .warning) == .warning)
        #expect(downward.severity(for: 30, wasFiring: .warning) == nil)
    }

    @Test func aFiringCriticalStepsDownThroughItsClearPoint() {
        #expect(upward.severity(for: 1.9, wasFiring: .critical) == .critical, "1.9 is above clear_critical 1.8")
        #expect(upward.severity(for: 1.8, wasFiring: .critical) == .warning, "at 1.8 it drops to warning (1.8 > 1.5)")
        #expect(upward.severity(for: 1.4, wasFiring: .critical) == .warning, "1.4 is still above clear_warning 1.3")
        #expect(upward.severity(for: 1.2, wasFiring: .critical) == nil)
    }

    @Test func withoutClearPointsTheThresholdIsTheClearPoint() {
        let plain = AlertThresholds(direction: .above, warning: 10, critical: nil)
        #expect(plain.severity(for: 10.5, wasFiring: .warning) == .warning)
        #expect(plain.severity(for: 10, wasFiring: .warning) == nil)
        let criticalOnly = AlertThresholds(direction: .above, warning: nil, critical: 10)
        #expect(criticalOnly.severity(for: 11, wasFiring: nil) == .critical)
        #expect(criticalOnly.severity(for: 9, wasFiring: .critical) == nil, "no warning threshold: straight to clear")
    }

    @Test func contradictoryThresholdsAreNamedByKey() {
        let swapped = AlertThresholds(direction: .above, warning: 2, critical: 1.5)
        #expect(swapped.problems(unit: "ratio").map(\.key) == ["critical_ratio"])
        let wrongClear = AlertThresholds(direction: .above, warning: 1.5, critical: nil, clearWarning: 1.6)
        #expect(wrongClear.problems(unit: "ratio").map(\.key) == ["clear_warning_ratio"])
        let downwardSwapped = AlertThresholds(direction: .below, warning: 6, critical: 24, clearCritical: 20)
        #expect(downwardSwapped.problems(unit: "hours").map(\.key) == ["critical_hours", "clear_critical_hours"])
        #expect(AlertThresholds(direction: .above, warning: nil, critical: nil).problems(unit: "count").map(\.key) == ["warning_count"])
        #expect(upward.problems(unit: "ratio").isEmpty)
        #expect(downward.problems(unit: "hours").isEmpty)
    }
}
