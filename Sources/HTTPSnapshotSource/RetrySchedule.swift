/// When to ask again: every poll interval while the source answers, backing
/// off after failures (×2, ×4, then ×8 the interval at most) so that a server
/// that is down is not hammered by every dashboard at once. Each backed-off
/// delay is drawn between half and all of its step ("equal jitter"): dashboards
/// that failed together do not all come back in the same second.
public struct RetrySchedule: Sendable {
    public static let maxFactor = 8

    public let intervalMilliseconds: Int
    /// Failures in a row since the last answer that was not a failure.
    public private(set) var consecutiveFailures = 0

    public init(intervalMilliseconds: Int) {
        self.intervalMilliseconds = max(1, intervalMilliseconds)
    }

    /// The longest wait before the next request: the interval after a success, else the backed-off step.
    public var stepMilliseconds: Int {
        guard consecutiveFailures > 0 else { return intervalMilliseconds }
        let factor = 1 << min(consecutiveFailures, 3)
        return intervalMilliseconds * min(factor, Self.maxFactor)
    }

    public mutating func noteSuccess() { consecutiveFailures = 0 }
    public mutating func noteFailure() { consecutiveFailures += 1 }

    /// The wait before the next request; `random` gives a fraction in 0..<1 (injected for tests).
    public func nextDelayMilliseconds(random: () -> Double = { Double.random(in: 0..<1) }) -> Int {
        let step = stepMilliseconds
        guard consecutiveFailures > 0 else { return step }
        return step / 2 + Int(Double(step - step / 2) * random())
    }
}
