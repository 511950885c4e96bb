/// What a piece of text means, not which colour it is. Views pick a meaning;
/// the renderer's theme turns it into a 256-colour, 8-colour or monochrome
/// rendition, so colour depth and themes never leak into pure view code.
public enum SemanticColor: Sendable, Hashable, CaseIterable {
    /// The terminal's own default colour.
    case normal
    case header
    case selected
    case positive
    case negative
    case warning
    case critical
    case muted
    case accent
    case chartBar
    /// Today's bar, still filling up.
    case chartPartial
}
