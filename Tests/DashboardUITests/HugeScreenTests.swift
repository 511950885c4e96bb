import DashboardCore
import Testing
@testable import DashboardUI

/// A terminal far larger than anyone reads: the grid stops at `Screen.maximumSide` (1000) each way.
@Suite struct HugeScreenTests {
    @Test func aFourThousandSquareTerminalGetsAThousandSquareGrid() {
        var state = TestStates.bundled(width: 4000, height: 4000)
        #expect(state.width == 1000 && state.height == 1000)
        let screen = DashboardView.render(state)
        #expect(screen.width == 1000 && screen.height == 1000)
        // 1,000,000 cells, not 16,000,000.
        #expect(screen.cells.count == 1_000_000)
        // The status line is the grid's last row, so the whole dashboard is in view.
        #expect(screen.lines()[999].contains("? help"))

        _ = state.update(.resize(width: 5000, height: 300))
        #expect(state.width == 1000 && state.height == 300)
        #expect(Screen(width: 1001, height: -3).width == 1000)
    }
}
