/// How the screen is drawn, fixed at start-up from the terminal and the command line.
public struct DisplayOptions: Sendable, Equatable {
    /// ASCII box drawing and chart glyphs, for terminals or locales without UTF-8.
    public var ascii: Bool

    public init(ascii: Bool = false) {
        self.ascii = ascii
    }
}
