import Testing
import DashboardUI

@Suite struct ScreenDiffTests {
    private func screen(_ rows: [String], width: Int = 8) -> Screen {
        var screen = Screen(width: width, height: rows.count)
        for (row, text) in rows.enumerated() {
            screen.put(text: text, row: row, col: 0)
        }
        return screen
    }

    @Test func identicalScreensHaveNoChanges() {
        let old = screen(["Kabul", "中文"])
        #expect(old.changes(from: old).isEmpty)
        #expect(old == screen(["Kabul", "中文"]))
    }

    @Test func oneChangedCellIsExactlyOneRun() {
        let old = screen(["Kabul", "Herat"])
        var new = old
        new.put(text: "X", row: 1, col: 2)
        let runs = new.changes(from: old)
        #expect(runs.count == 1)
        #expect(runs.first?.row == 1)
        #expect(runs.first?.col == 2)
        #expect(runs.first?.cells.map(\.symbol) == ["X"])
    }

    @Test func styleOnlyChangeIsAChange() {
        let old = screen(["Kabul"])
        var new = old
        new.put(text: "K", row: 0, col: 0, style: .selected)
        #expect(new.changes(from: old) == [CellRun(row: 0, col: 0, cells: [Cell("K", style: .selected)])])
    }

    @Test func separateChangesAreSeparateRuns() {
        let old = screen(["abcdef", "abcdef"])
        let new = screen(["aXcdYf", "abcdef"])
        let runs = new.changes(from: old)
        #expect(runs.map(\.col) == [1, 4])
        #expect(runs.allSatisfy { $0.row == 0 && $0.cells.count == 1 })
    }

    @Test func adjacentChangesMergeIntoOneRun() {
        let runs = screen(["aXYZe"]).changes(from: screen(["abcde"]))
        #expect(runs.count == 1)
        #expect(runs[0].col == 1)
        #expect(runs[0].cells.map(\.symbol) == ["X", "Y", "Z"])
    }

    @Test func changedWideCharacterEmitsOnlyItsLeftHalf() {
        let runs = screen(["a中b"]).changes(from: screen(["a文b"]))
        #expect(runs.count == 1)
        #expect(runs[0].col == 1)
        #expect(runs[0].cells.map(\.symbol) == ["中"])
        #expect(runs[0].width == 2)
    }

    @Test func wideCharacterReplacedByNarrowOnesRedrawsBothColumns() {
        let runs = screen(["a中b"]).changes(from: screen(["axyb"]))
        #expect(runs.count == 1)
        #expect(runs[0].col == 1)
        #expect(runs[0].cells.map(\.symbol) == ["中"])

        let back = screen(["axyb"]).changes(from: screen(["a中b"]))
        #expect(back == [CellRun(row: 0, col: 1, cells: [Cell("x"), Cell("y")])])
    }

    @Test func runContinuesPastAWideCharacter() {
        let runs = screen(["中文X"]).changes(from: screen(["abcdY"]))
        #expect(runs.count == 1)
        #expect(runs[0].cells.map(\.symbol) == ["中", "文", "X"])
        #expect(runs[0].endCol == 5)
    }

    @Test func shiftedWideCharacterRedrawsTheColumnItLeft() {
        // 中 moves from columns 1-2 to 0-1: column 2 (its old right half) must be redrawn.
        let runs = screen(["中 b"]).changes(from: screen([" 中b"]))
        #expect(runs == [CellRun(row: 0, col: 0, cells: [Cell("中"), Cell(" ")])])
    }

    @Test func resizedScreenIsRedrawnInFull() {
        let old = screen(["abc"], width: 4)
        let new = screen(["abc", "d"], width: 5)
        let runs = new.changes(from: old)
        #expect(runs.count == 2)
        #expect(runs.map(\.width) == [5, 5])
    }

    @Test func fullRunsSkipContinuations() {
        let runs = screen(["中x"], width: 4).fullRuns()
        #expect(runs == [CellRun(row: 0, col: 0, cells: [Cell("中"), Cell("x"), .blank])])
    }

    @Test func applyingRunsToTheOldScreenYieldsTheNewOne() {
        let old = screen(["Kabul 12", "中文 ab", "پشاور"])
        let new = screen(["Kabul 13", "a中 文b", "پشاوو"])
        var patched = old
        for run in new.changes(from: old) {
            var col = run.col
            for cell in run.cells {
                patched.set(cell, row: run.row, col: col)
                col += cell.width
            }
        }
        #expect(patched == new)
    }
}
