import Testing
import Curses
import DashboardUI

@Suite struct HighContrastThemeTests {
    static let everyStyle: [Style] = SemanticColor.allCases.flatMap { foreground in
        SemanticColor.allCases.map { background in Style(foreground, background: background) }
    }

    @Test func nothingIsDimAtAnyDepth() {
        for depth in [ColorDepth.monochrome, .eight, .twoFiftySix] {
            let theme = ColorTheme(depth: depth, name: .highContrast)
            for style in Self.everyStyle {
                #expect(!theme.resolve(style).attributes.contains(.dim), "\(style) at \(depth)")
            }
        }
    }

    @Test func plainTextIsBrightWhiteOnBlack() {
        #expect(ColorTheme(depth: .twoFiftySix, name: .highContrast).resolve(.normal) == ResolvedStyle(foreground: 231, background: 16, attributes: []))
        #expect(ColorTheme(depth: .eight, name: .highContrast).resolve(.normal) == ResolvedStyle(foreground: 7, background: 0, attributes: []))
    }

    @Test func textOnAColouredBackgroundIsBlackOrWhite() {
        let theme = ColorTheme(depth: .twoFiftySix, name: .highContrast)
        for style in Self.everyStyle where style.background != .normal {
            #expect([16, 231].contains(theme.resolve(style).foreground), "\(style)")
        }
        #expect(theme.resolve(Style.negative.on(.selected)) == ResolvedStyle(foreground: 16, background: 226, attributes: .bold))
    }

    @Test func meaningsAreBold() {
        let theme = ColorTheme(depth: .eight, name: .highContrast)
        for color in [SemanticColor.header, .positive, .negative, .warning, .critical, .accent] {
            #expect(theme.resolve(Style(color)).attributes.contains(.bold), "\(color)")
        }
        #expect(theme.resolve(.critical).attributes.contains(.underline))
    }

    @Test func differsFromTheDefaultTheme() {
        let standard = ColorTheme(depth: .twoFiftySix), highContrast = ColorTheme(depth: .twoFiftySix, name: .highContrast)
        #expect(standard.resolve(.selected) != highContrast.resolve(.selected))
        #expect(standard.resolve(.muted) != highContrast.resolve(.muted))
    }

    @Test func theMonochromeThemeUsesNoColourOnAColourTerminal() {
        let theme = ColorTheme(depth: .twoFiftySix, name: .monochrome)
        #expect(theme.depth == .monochrome)
        for style in Self.everyStyle {
            let resolved = theme.resolve(style)
            #expect(resolved.foreground == -1 && resolved.background == -1, "\(style)")
        }
        #expect(theme.resolve(.selected).attributes.contains(.reverse))
    }
}
