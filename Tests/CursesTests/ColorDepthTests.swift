import Testing
import Curses

@Suite struct ColorDepthTests {
    @Test func depthFollowsTheTerminal() {
        #expect(ColorDepth.detect(terminalHasColors: true, colorCount: 256, noColor: nil, forceMonochrome: false) == .twoFiftySix)
        #expect(ColorDepth.detect(terminalHasColors: true, colorCount: 16777216, noColor: nil, forceMonochrome: false) == .twoFiftySix)
        #expect(ColorDepth.detect(terminalHasColors: true, colorCount: 88, noColor: nil, forceMonochrome: false) == .eight)
        #expect(ColorDepth.detect(terminalHasColors: true, colorCount: 8, noColor: nil, forceMonochrome: false) == .eight)
        #expect(ColorDepth.detect(terminalHasColors: false, colorCount: 0, noColor: nil, forceMonochrome: false) == .monochrome)
    }

    @Test func noColorWinsWhenSetAndNotEmpty() {
        #expect(ColorDepth.detect(terminalHasColors: true, colorCount: 256, noColor: "1", forceMonochrome: false) == .monochrome)
        #expect(ColorDepth.detect(terminalHasColors: true, colorCount: 256, noColor: "", forceMonochrome: false) == .twoFiftySix)
    }

    @Test func forcedMonochromeWins() {
        #expect(ColorDepth.detect(terminalHasColors: true, colorCount: 256, noColor: nil, forceMonochrome: true) == .monochrome)
    }

    @Test func colourIsAllowedUnlessRefused() {
        #expect(ColorDepth.colorAllowed(noColor: nil, forceMonochrome: false))
        #expect(ColorDepth.colorAllowed(noColor: "", forceMonochrome: false))
        #expect(!ColorDepth.colorAllowed(noColor: "yes", forceMonochrome: false))
        #expect(!ColorDepth.colorAllowed(noColor: nil, forceMonochrome: true))
    }
}
