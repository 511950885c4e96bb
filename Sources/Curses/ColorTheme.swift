import DashboardUI

/// Turns semantic styles into colours and attributes for one colour depth
/// and one theme (see `ColorThemeName`).
///
/// Pure (no ncurses calls), so what each depth shows is unit-tested. In
/// monochrome every meaning that matters is carried by bold, reverse or
/// underline; the views also put a marker beside anything urgent, so a
/// colour-blind operator or a `NO_COLOR` terminal loses nothing.
public struct ColorTheme: Sendable {
    /// What the terminal can show; the monochrome theme lowers it to `.monochrome`.
    public let depth: ColorDepth
    public let name: ColorThemeName

    public init(depth: ColorDepth, name: ColorThemeName = .default) {
        self.depth = name == .monochrome ? .monochrome : depth
        self.name = name
    }

    /// How one meaning looks: as text, as a background, and the text colour
    /// that stays readable on that background when the text has no meaning of
    /// its own.
    struct Swatch {
        var foreground: Int16
        var background: Int16
        var textOnBackground: Int16
        var attributes: TextAttributes = []
    }

    public func resolve(_ style: Style) -> ResolvedStyle {
        switch depth {
        case .monochrome:
            let meaning = name == .highContrast
                ? HighContrastPalette.monochromeAttributes(style.foreground) : Self.monochromeAttributes(style.foreground)
            var attributes = style.attributes.union(meaning)
            if style.background != .normal { attributes.insert(.reverse) }
            return ResolvedStyle(foreground: -1, background: -1, attributes: attributes)
        case .eight, .twoFiftySix:
            let text = swatch(style.foreground)
            let back = swatch(style.background)
            let onColouredBackground = style.background != .normal
            // High contrast gives up a meaning's own colour on a coloured
            // background (green on yellow reads poorly), and so do 8 colours,
            // whose red and green on the selected row's blue are hard to read;
            // the row's markers (arrows, signs, PAST) still carry the meaning.
            let useBackgroundText = onColouredBackground
                && (style.foreground == .normal || name == .highContrast || depth == .eight)
            var attributes = style.attributes.union(text.attributes)
            if name == .highContrast {
                // The background's weight (bold on selected rows) and never dim.
                if onColouredBackground { attributes.formUnion(back.attributes) }
                attributes.remove(.dim)
            }
            return ResolvedStyle(
                foreground: useBackgroundText ? back.textOnBackground : text.foreground,
                // The theme's own background for plain cells: the terminal's
                // (-1) by default, black in high contrast.
                background: onColouredBackground ? back.background : swatch(.normal).background,
                attributes: attributes
            )
        }
    }

    static func monochromeAttributes(_ color: SemanticColor) -> TextAttributes {
        switch color {
        case .normal, .positive, .chartBar: return []
        case .header, .negative, .warning, .accent: return .bold
        case .critical: return [.bold, .underline]
        case .selected: return .reverse
        case .muted, .chartPartial: return .dim
        }
    }

    func swatch(_ color: SemanticColor) -> Swatch {
        switch (name, depth) {
        case (.highContrast, .twoFiftySix): HighContrastPalette.swatch256(color)
        case (.highContrast, _): HighContrastPalette.swatch8(color)
        case (_, .twoFiftySix): Self.swatch256(color)
        case (_, _): Self.swatch8(color)
        }
    }

    // curses.h colour numbers; dark text on light backgrounds and vice versa.
    static let black: Int16 = 0, red: Int16 = 1, green: Int16 = 2, yellow: Int16 = 3
    static let blue: Int16 = 4, magenta: Int16 = 5, cyan: Int16 = 6, white: Int16 = 7

    static func swatch8(_ color: SemanticColor) -> Swatch {
        switch color {
        case .normal: return Swatch(foreground: -1, background: -1, textOnBackground: -1)
        case .header: return Swatch(foreground: cyan, background: blue, textOnBackground: white)
        case .selected: return Swatch(foreground: white, background: blue, textOnBackground: white)
        case .positive: return Swatch(foreground: green, background: green, textOnBackground: black)
        case .negative: return Swatch(foreground: red, background: red, textOnBackground: white)
        case .warning: return Swatch(foreground: yellow, background: yellow, textOnBackground: black)
        case .critical: return Swatch(foreground: red, background: red, textOnBackground: white, attributes: .bold)
        // No grey among the 8; dim default text is the nearest, and harmless where unsupported.
        case .muted: return Swatch(foreground: -1, background: black, textOnBackground: white, attributes: .dim)
        case .accent: return Swatch(foreground: magenta, background: magenta, textOnBackground: white)
        case .chartBar: return Swatch(foreground: cyan, background: cyan, textOnBackground: black)
        case .chartPartial: return Swatch(foreground: cyan, background: blue, textOnBackground: white, attributes: .dim)
        }
    }

    static func swatch256(_ color: SemanticColor) -> Swatch {
        let darkText: Int16 = 16, lightText: Int16 = 231
        switch color {
        case .normal: return Swatch(foreground: -1, background: -1, textOnBackground: -1)
        case .header: return Swatch(foreground: 117, background: 236, textOnBackground: 255)
        case .selected: return Swatch(foreground: 231, background: 24, textOnBackground: lightText)
        case .positive: return Swatch(foreground: 114, background: 28, textOnBackground: lightText)
        case .negative: return Swatch(foreground: 203, background: 124, textOnBackground: lightText)
        case .warning: return Swatch(foreground: 214, background: 214, textOnBackground: darkText)
        case .critical: return Swatch(foreground: 196, background: 160, textOnBackground: lightText, attributes: .bold)
        case .muted: return Swatch(foreground: 245, background: 238, textOnBackground: 250)
        case .accent: return Swatch(foreground: 141, background: 97, textOnBackground: lightText)
        case .chartBar: return Swatch(foreground: 75, background: 32, textOnBackground: lightText)
        case .chartPartial: return Swatch(foreground: 67, background: 24, textOnBackground: 250)
        }
    }
}
