/// How many colours the dashboard may use.
public enum ColorDepth: Sendable, Hashable {
    /// No colour at all: attributes (bold, reverse, underline) carry meaning.
    case monochrome
    case eight
    case twoFiftySix

    /// The depth to use. `NO_COLOR` (https://no-color.org: set and not empty)
    /// and `forceMonochrome` win over what the terminal can do; terminals with
    /// 16 or 88 colours get the 8-colour palette, whose colours they all have.
    public static func detect(
        terminalHasColors: Bool,
        colorCount: Int,
        noColor: String?,
        forceMonochrome: Bool
    ) -> ColorDepth {
        guard terminalHasColors, colorAllowed(noColor: noColor, forceMonochrome: forceMonochrome) else {
            return .monochrome
        }
        if colorCount >= 256 { return .twoFiftySix }
        if colorCount >= 8 { return .eight }
        return .monochrome
    }

    /// Whether the operator lets us use colour at all. Checked before
    /// start_color(), which must not run for a monochrome session.
    public static func colorAllowed(noColor: String?, forceMonochrome: Bool) -> Bool {
        if forceMonochrome { return false }
        if let noColor, !noColor.isEmpty { return false }
        return true
    }
}
