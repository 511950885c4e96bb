import DashboardCore
import Foundation
import Testing
@testable import DashboardUI

/// A Markdown table for a report: the screen's columns and texts, every row.
@Suite struct MarkdownTableWriterTests {
    /// Cells of a table line, splitting on pipes not escaped with a backslash.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = [], current = "", escaped = false
        for character in line {
            if escaped { current.append(character); escaped = false; continue }
            if character == "\\" { current.append(character); escaped = true; continue }
            if character == "|" { cells.append(current); current = ""; continue }
            current.append(character)
        }
        cells.append(current)
        return Array(cells.dropFirst().dropLast()).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test func everyRowWithTheScreensTexts() throws {
        let state = TestStates.bundled(width: 80, height: 24)
        let text = MarkdownTableWriter.document(try #require(TableExport(state: state)))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0] == "### Districts (23)")
        #expect(lines[1].hasPrefix("Snapshot 2025-04-07 21:00"))
        let table = lines.filter { $0.hasPrefix("|") }
        #expect(table.count == 2 + 23 + 1)
        #expect(Self.cells(table[0]) == ["District", "Province", "Camps", "Population ▼", "PoR", "ACC", "Undoc.", "Households", "Change"])
        #expect(Self.cells(table[1]) == [":---", ":---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"])
        #expect(Self.cells(table[2]) == ["Haripur", "Khyber Pakhtunkhwa", "3/3", "99,275", "79,817", "12,792", "6,316", "14,477", "▼ -35"])
        #expect(table.dropFirst(2).dropLast().map { Self.cells($0)[0] } == state.districtRows.map(\.name))
        #expect(Self.cells(table.last!) == ["**All districts**", "", "**48/53**", "**443,330**", "**≥347,533**", "**≥52,426**",
                                            "**≥25,173**", "**≥70,414**", "**▼ -142**"])
    }

    @Test func markupInNamesStaysText() throws {
        #expect(MarkdownTableWriter.escape("Pipe | and *stars* _u_ <b> [l](x) `c` &amp; #1 ~s~ \\")
            == "Pipe \\| and \\*stars\\* \\_u\\_ \\<b\\> \\[l\\](x) \\`c\\` \\&amp; \\#1 \\~s\\~ \\\\")
        let text = MarkdownTableWriter.document(try #require(TableExport(state: ExportTestData.hostileState())))
        let table = text.split(separator: "\n").filter { $0.hasPrefix("|") }
        #expect(table.count == 2 + ExportTestData.hostileNames.count + 1)
        #expect(table.allSatisfy { Self.cells(String($0)).count == 9 }, "a name broke a row's cells")
        #expect(ExportTestData.isTerminalSafe(text.replacingOccurrences(of: "\n", with: "")))
        #expect(text.contains("Tab\u{FFFD}separated"), "Markdown is for people: the screen's text")
    }
}
