import DashboardCore
import Testing
@testable import DashboardUI

/// Panes drawn into rectangles too small for them: nothing may crash or draw outside.
@Suite struct DistrictsPaneTinyRectTests {
    @Test func everySmallSizeDrawsInsideItsRect() {
        var drilled = TestStates.bundled(width: 80, height: 24)
        TestStates.press([.down, .enter], on: &drilled)
        let states = [TestStates.bundled(width: 80, height: 24), drilled]
        for state in states {
            for width in 0...24 {
                for height in 0...7 {
                    var screen = Screen(width: 30, height: 10)
                    let rect = Rect(row: 1, col: 2, width: width, height: height)
                    if state.drillDown == nil {
                        DistrictsPane.draw(state, in: rect, on: &screen)
                    } else {
                        CampsPane.draw(state, in: rect, on: &screen)
                    }
                    for row in 0..<screen.height {
                        for col in 0..<screen.width where !(rect.row..<rect.bottom).contains(row) || !(rect.col..<rect.right).contains(col) {
                            #expect(screen[row, col] == .blank, "\(width)×\(height) drew at (\(row), \(col))")
                        }
                    }
                }
            }
        }
    }
}
