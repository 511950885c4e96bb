/// A change in the alerts list: what the log records and the bell rings for.
public enum AlertTransition: Sendable, Equatable {
    /// Began firing, or moved to another severity (then it is no longer acknowledged).
    case fired(FiringAlert)
    case acknowledged(FiringAlert)
    /// Back past its clear point; `last` is how it looked when it last fired.
    case cleared(last: FiringAlert)

    /// A critical that was not critical before: the optional bell rings for it.
    public var isNewCritical: Bool {
        if case .fired(let alert) = self { alert.severity == .critical } else { false }
    }
}
