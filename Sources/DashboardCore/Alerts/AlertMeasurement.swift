/// A rule's figure for one subject, before thresholds are applied.
public struct AlertMeasurement: Sendable, Equatable {
    public let subject: AlertSubject
    public let figure: Double
    /// The figure with its unit, as the list and `check` show it: `4.2 hours left`.
    public let figureText: String
    /// How the figure was obtained, for the long output and the log.
    public let detail: String
    /// False when the rule's own guard keeps it quiet (`min_count`): it is
    /// measured and reported but never fires.
    public let mayFire: Bool

    public init(subject: AlertSubject, figure: Double, figureText: String, detail: String, mayFire: Bool = true) {
        self.subject = subject
        self.figure = figure
        self.figureText = figureText
        self.detail = detail
        self.mayFire = mayFire
    }
}
