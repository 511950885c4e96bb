import DashboardUI

/// A `Style` turned into what ncurses needs: colour numbers (-1 for the
/// terminal's default) and attributes.
public struct ResolvedStyle: Sendable, Hashable {
    public var foreground: Int16
    public var background: Int16
    public var attributes: TextAttributes

    public init(foreground: Int16, background: Int16, attributes: TextAttributes) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}
