import DashboardCore
import Testing
@testable import DashboardUI

@Suite struct TooSmallScreenTests {
    static func render(width: Int, height: Int) -> Screen {
        DashboardView.render(TestStates.bundled(width: width, height: height))
    }

    @Test(arguments: [(79, 24), (80, 23), (40, 10), (1, 1)])
    func golden(width: Int, height: Int) {
        GoldenScreen.check(Self.render(width: width, height: height), "toosmall-\(width)x\(height)")
    }

    @Test func saysWhatIsNeededAndWhatThereIs() {
        #expect(Self.render(width: 79, height: 24).text.contains("terminal too small: need 80×24, have 79×24"))
        let stacked = Self.render(width: 20, height: 5).lines()
        #expect(stacked.contains { $0.contains("need 80×24") })
        #expect(stacked.contains { $0.contains("have 20×5") })
        let ascii = DashboardView.render(TestStates.bundled(width: 60, height: 20, ascii: true)).text
        #expect(ascii.contains("need 80x24, have 60x20"))
    }

    @Test func asciiModeWritesOnlyASCII() {
        for (width, height) in [(79, 24), (40, 10), (8, 3), (1, 1)] {
            let screen = DashboardView.render(TestStates.bundled(width: width, height: height, ascii: true))
            #expect(screen.text.unicodeScalars.allSatisfy { $0.isASCII }, "\(width)x\(height)")
        }
    }

    @Test func fullSizeIsNotTooSmall() {
        #expect(!Self.render(width: 80, height: 24).text.contains("too small"))
    }

    @Test func everySizeDownToNothingIsSafe() {
        for width in 0...90 {
            for height in 0...26 where Layout(width: width, height: height).isTooSmall {
                let screen = Self.render(width: width, height: height)
                #expect(screen.width == width && screen.height == height)
                for line in screen.lines() { #expect(TextWidth.of(line) <= width) }
            }
        }
    }
}
