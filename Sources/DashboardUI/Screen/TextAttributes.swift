/// Attributes every terminal can show. Monochrome themes lean on these, so
/// nothing the dashboard says depends on colour alone.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let reverse = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    /// Not shown by every terminal; themes use it only where losing it is harmless.
    public static let dim = TextAttributes(rawValue: 1 << 3)
}
