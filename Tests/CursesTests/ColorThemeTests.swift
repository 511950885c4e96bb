import Testing
import Curses
import DashboardUI

@Suite struct ColorThemeTests {
    @Test func normalIsTheTerminalDefaultAtEveryDepth() {
        for depth in [ColorDepth.monochrome, .eight, .twoFiftySix] {
            #expect(ColorTheme(depth: depth).resolve(.normal) == ResolvedStyle(foreground: -1, background: -1, attributes: []))
        }
    }

    @Test func monochromeUsesNoColour() {
        let theme = ColorTheme(depth: .monochrome)
        for color in SemanticColor.allCases {
            let resolved = theme.resolve(Style(color, background: color))
            #expect(resolved.foreground == -1 && resolved.background == -1)
        }
    }

    @Test func monochromeStillDistinguishesWhatMatters() {
        let theme = ColorTheme(depth: .monochrome)
        #expect(theme.resolve(.selected).attributes.contains(.reverse))
        #expect(theme.resolve(.header).attributes.contains(.bold))
        #expect(theme.resolve(.critical).attributes.isSuperset(of: [.bold, .underline]))
        #expect(theme.resolve(.warning).attributes.contains(.bold))
        #expect(theme.resolve(.warning) != theme.resolve(.critical))
        #expect(theme.resolve(Style(.critical).on(.selected)).attributes.contains(.reverse))
    }

    @Test func styleAttributesAreKept() {
        for depth in [ColorDepth.monochrome, .eight, .twoFiftySix] {
            let resolved = ColorTheme(depth: depth).resolve(Style(attributes: .underline))
            #expect(resolved.attributes.contains(.underline))
        }
    }

    @Test func colourDepthsUseTheirPalettes() {
        let eight = ColorTheme(depth: .eight)
        let full = ColorTheme(depth: .twoFiftySix)
        for color in SemanticColor.allCases where color != .normal {
            let style = Style(color).on(color)
            #expect((-1...7).contains(eight.resolve(style).foreground))
            #expect((0...7).contains(eight.resolve(style).background))
            #expect((-1...255).contains(full.resolve(style).foreground))
        }
        #expect(eight.resolve(.critical).foreground == 1)  // COLOR_RED
        #expect(eight.resolve(.positive).foreground == 2)  // COLOR_GREEN
    }

    @Test func plainTextOnAColouredBackgroundGetsAReadableColour() {
        let theme = ColorTheme(depth: .eight)
        let onWarning = theme.resolve(Style(background: .warning))
        #expect(onWarning.background == 3)  // yellow
        #expect(onWarning.foreground == 0)  // black, not the default
        // In 256 colours a meaning of its own keeps its colour on a selected row.
        #expect(ColorTheme(depth: .twoFiftySix).resolve(Style.negative.on(.selected)).foreground == 203)
    }

    /// Red (1) or green (2) on the selected row's blue (4) is hard to read in
    /// 8 colours: every text on it is white (7), the arrows and signs keep the meaning.
    @Test func selectedRowIsWhiteOnBlueInEightColours() {
        let theme = ColorTheme(depth: .eight)
        for color in SemanticColor.allCases {
            let resolved = theme.resolve(Style(color).on(.selected))
            #expect(resolved.background == 4, "\(color)")
            #expect(resolved.foreground == 7, "\(color)")
        }
    }
}
