import DashboardUI

/// The `high-contrast` theme's colours: bright white text on black (whatever
/// the terminal's own background), saturated colours in bold for meanings,
/// black or white text on coloured backgrounds, and no dim or grey-on-grey
/// anywhere, so the screen stays readable on a wall display, under glare or
/// through a projector.
enum HighContrastPalette {
    typealias Swatch = ColorTheme.Swatch

    static func swatch256(_ color: SemanticColor) -> Swatch {
        let black: Int16 = 16, white: Int16 = 231
        switch color {
        case .normal: return Swatch(foreground: white, background: black, textOnBackground: white)
        case .header: return Swatch(foreground: white, background: white, textOnBackground: black, attributes: .bold)
        case .selected: return Swatch(foreground: 226, background: 226, textOnBackground: black, attributes: .bold)
        case .positive: return Swatch(foreground: 46, background: 46, textOnBackground: black, attributes: .bold)
        case .negative: return Swatch(foreground: 196, background: 196, textOnBackground: white, attributes: .bold)
        case .warning: return Swatch(foreground: 226, background: 226, textOnBackground: black, attributes: .bold)
        case .critical: return Swatch(foreground: 196, background: 196, textOnBackground: white, attributes: [.bold, .underline])
        // Light grey on black still has a contrast ratio above 12:1.
        case .muted: return Swatch(foreground: 252, background: black, textOnBackground: white)
        case .accent: return Swatch(foreground: 51, background: 51, textOnBackground: black, attributes: .bold)
        case .chartBar: return Swatch(foreground: white, background: white, textOnBackground: black)
        case .chartPartial: return Swatch(foreground: 226, background: 226, textOnBackground: black)
        }
    }

    static func swatch8(_ color: SemanticColor) -> Swatch {
        let black = ColorTheme.black, white = ColorTheme.white, yellow = ColorTheme.yellow
        switch color {
        case .normal: return Swatch(foreground: white, background: black, textOnBackground: white)
        case .header: return Swatch(foreground: white, background: white, textOnBackground: black, attributes: .bold)
        case .selected: return Swatch(foreground: yellow, background: yellow, textOnBackground: black, attributes: .bold)
        case .positive: return Swatch(foreground: ColorTheme.green, background: ColorTheme.green, textOnBackground: black, attributes: .bold)
        case .negative: return Swatch(foreground: ColorTheme.red, background: ColorTheme.red, textOnBackground: white, attributes: .bold)
        case .warning: return Swatch(foreground: yellow, background: yellow, textOnBackground: black, attributes: .bold)
        case .critical: return Swatch(foreground: ColorTheme.red, background: ColorTheme.red, textOnBackground: white, attributes: [.bold, .underline])
        // The 8 colours have no grey: plain white, never dim.
        case .muted: return Swatch(foreground: white, background: black, textOnBackground: white)
        case .accent: return Swatch(foreground: ColorTheme.cyan, background: ColorTheme.cyan, textOnBackground: black, attributes: .bold)
        case .chartBar: return Swatch(foreground: white, background: white, textOnBackground: black)
        case .chartPartial: return Swatch(foreground: yellow, background: yellow, textOnBackground: black)
        }
    }

    /// High contrast on a terminal without colours: the monochrome theme's
    /// attributes, except that nothing is dim (today's bar keeps its `▒`).
    static func monochromeAttributes(_ color: SemanticColor) -> TextAttributes {
        let attributes = ColorTheme.monochromeAttributes(color)
        return color == .muted || color == .chartPartial ? attributes.subtracting(.dim) : attributes
    }
}
