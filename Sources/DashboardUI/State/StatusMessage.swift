import DashboardCore

/// A short-lived sentence on the status line, answering something the
/// operator did (`e`: where the file went, or why it could not be written).
/// It goes by itself once `until` has passed; the clock ticks every second.
public struct StatusMessage: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case info
        case error
        /// "F5: no action here": gone with the next key, whatever it is.
        case hint
    }

    /// Long enough to read after looking away from the screen for a moment.
    public static let infoSeconds: Int64 = 10
    /// An error stays longer: something needs doing.
    public static let errorSeconds: Int64 = 30

    public let text: String
    public let kind: Kind
    public let until: Instant

    public init(_ text: String, kind: Kind, shownAt now: Instant) {
        self.text = text
        self.kind = kind
        until = now.adding(seconds: kind == .error ? Self.errorSeconds : Self.infoSeconds)
    }

    public func isShowing(at now: Instant) -> Bool { now < until }
}
