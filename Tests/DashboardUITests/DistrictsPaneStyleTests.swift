import DashboardCore
import Testing
@testable import DashboardUI

/// What colour carries (the text goldens cannot show it).
@Suite struct DistrictsPaneStyleTests {
    @Test func focusedPaneStandsOut() {
        var state = TestStates.bundled(width: 80, height: 24)
        var screen = DistrictsPaneTests.render(state)
        #expect(screen[0, 0].style == .accent)
        #expect(screen[0, 3].style == .header, "title")
        TestStates.press([.tab], on: &state)
        screen = DistrictsPaneTests.render(state)
        #expect(screen[0, 0].style == .muted)
        #expect(screen[0, 3].style == .normal)
    }

    @Test func selectedRowIsOneBarAndKeepsTheChangeColour() {
        let screen = DistrictsPaneTests.render(TestStates.bundled(width: 80, height: 24))
        let row = 2
        for col in 1..<(screen.width - 1) {
            #expect(screen[row, col].style.background == .selected, "col \(col)")
        }
        // "▼ -35" at the right end: a fall, in the negative colour on the selection bar.
        #expect(screen[row, screen.width - 3].symbol == "5")
        #expect(screen[row, screen.width - 3].style == Style.negative.on(.selected))
        // Other rows have no bar.
        #expect(screen[row + 1, 10].style.background == .normal)
    }

    @Test func sortedColumnHeaderIsUnderlinedAndTotalsAreBold() {
        let screen = DistrictsPaneTests.render(TestStates.bundled(width: 80, height: 24))
        let header = screen.lines()[1]
        let population = header.distance(from: header.startIndex, to: header.range(of: "Population")!.lowerBound)
        #expect(screen[1, population].style.isUnderline)
        #expect(!screen[1, 3].style.isUnderline)
        #expect(screen[screen.height - 2, 3].style.isBold)
    }
}
