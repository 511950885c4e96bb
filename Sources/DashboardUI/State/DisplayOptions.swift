import DashboardCore

/// How the screen is drawn and judged, fixed at start-up from the terminal,
/// the command line and the config file (merged in the `repatdash` target:
/// command line first, then the file, then these defaults).
public struct DisplayOptions: Sendable, Equatable {
    /// Default for `--stale-after`: producers write every few minutes, so a
    /// quarter of an hour without a new snapshot means something upstream stopped.
    public static let defaultStaleAfterSeconds: Double = 15 * 60
    /// How long rows whose figures changed stay marked after a snapshot arrives.
    public static let defaultChangeHighlightSeconds: Int64 = 10

    /// ASCII box drawing and chart glyphs, for terminals or locales without UTF-8.
    public var ascii: Bool
    /// Past this age (wall clock against `generated_at`) the status line says STALE.
    public var staleAfterSeconds: Double
    public var changeHighlightSeconds: Int64
    /// `shift_starts`: what `b`'s "start of shift" means, in the snapshot's time zone.
    public var shiftStarts: ShiftStarts
    /// The config file's `[[alert]]` rules; the header and `!` show what fires.
    public var alertRules: [AlertRule]
    /// Ring the terminal bell when an alert turns critical (`bell = true`).
    public var bell: Bool
    /// The dashboard takes the mouse (clicks, double-clicks, the wheel);
    /// `mouse = false` or `--no-mouse` leave it to the terminal.
    public var mouse: Bool

    public init(ascii: Bool = false, staleAfterSeconds: Double = DisplayOptions.defaultStaleAfterSeconds,
                changeHighlightSeconds: Int64 = DisplayOptions.defaultChangeHighlightSeconds,
                shiftStarts: ShiftStarts = .default, alertRules: [AlertRule] = [], bell: Bool = false, mouse: Bool = true) {
        self.mouse = mouse
        self.ascii = ascii
        self.staleAfterSeconds = staleAfterSeconds
        self.changeHighlightSeconds = changeHighlightSeconds
        self.shiftStarts = shiftStarts
        self.alertRules = alertRules
        self.bell = bell
    }
}
