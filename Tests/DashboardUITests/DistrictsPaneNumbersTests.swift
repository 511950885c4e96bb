import DashboardCore
import Foundation
import Testing
@testable import DashboardUI

/// Reads the figures back off the drawn table and holds them against
/// DashboardCore's: the pane may only lay numbers out, never work them out.
@Suite struct DistrictsPaneNumbersTests {
    /// The pane tall enough for every sample district, wide enough for every column.
    static func renderAll(_ state: AppState) -> Screen {
        var screen = Screen(width: 130, height: 30)
        DistrictsPane.draw(state, in: screen.bounds, on: &screen)
        return screen
    }

    /// Fields of one table row: columns are at least two spaces apart, and no
    /// sample name or figure holds two spaces in a row.
    static func fields(_ line: String) -> [String] {
        let inside = line.dropFirst(2).dropLast()  // border and selection marker, right border
        return inside.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func number(_ text: String) -> Int? {
        Int(text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "≥", with: ""))
    }

    /// "▲ +1,204" → 1204, "▼ -35" → -35, "0" → 0; nil for "new" and "–".
    static func change(_ text: String) -> Int? {
        number(text.replacingOccurrences(of: "▲ ", with: "").replacingOccurrences(of: "▼ ", with: "").replacingOccurrences(of: "+", with: ""))
    }

    @Test func everyDistrictRowShowsDashboardCoreFigures() throws {
        let state = TestStates.bundled()
        let figures = try #require(state.data?.population.districts)
        let byName = Dictionary(uniqueKeysWithValues: figures.map { ($0.name, $0) })
        let lines = Self.renderAll(state).lines()
        #expect(Self.fields(lines[1]) == ["District", "Province", "Camps", "Population ▼", "PoR", "ACC", "Undoc.", "Households", "Δ vs 18:00"])

        let body = lines[2..<(2 + figures.count)]
        var seen: [String] = []
        for line in body {
            let row = Self.fields(line)
            try #require(row.count == 9, "unexpected row: \(line)")
            let district = try #require(byName[row[0]], "no district named \(row[0])")
            seen.append(district.id)
            #expect(row[1] == district.province)
            #expect(row[2] == "\(district.campsOpen)/\(district.campsTotal)")
            #expect(Self.number(row[3]) == district.population)
            #expect(Self.number(row[4]) ?? 0 == district.documents.por.sum)
            #expect(Self.number(row[5]) ?? 0 == district.documents.acc.sum)
            #expect(Self.number(row[6]) ?? 0 == district.documents.undocumented.sum)
            #expect(Self.number(row[7]) ?? 0 == district.households.sum)
            #expect(Self.change(row[8]) == district.populationChange)
        }
        // Every district once, in the table's order (population, largest first).
        #expect(seen == state.districts.rowIDs)
        #expect(Set(seen) == Set(figures.map(\.id)))
    }

    @Test func totalsRowShowsGrandTotalsOfTheWholeSnapshot() throws {
        var state = TestStates.bundled()
        // Filtered down to two districts: the totals are still those of all of them.
        TestStates.press([.character("/")], on: &state)
        TestStates.type("pe", on: &state)
        let totals = try #require(state.data?.population.totals)
        let lines = Self.renderAll(state).lines()
        // Right under the two rows now, not at the foot of the pane.
        let row = Self.fields(try #require(lines.first { $0.contains("All districts") }))
        #expect(row.count >= 3 && row[0] == "All districts")
        #expect(row[1] == "\(totals.campsOpen)/\(totals.campsTotal)")
        #expect(Self.number(row[2]) == totals.population)
        #expect(Self.number(row[3]) == totals.documents.por.sum)
        #expect(Self.number(row[6]) == totals.households.sum)
        #expect(Self.change(row[7]) == totals.populationChange)
        // Some camps leave by_document out, so the sums are marked as lower bounds.
        #expect(!totals.documents.por.isComplete && row[3].hasPrefix("≥"))
    }

    @Test func changeReadsWithoutColour() {
        let glyphs = TableGlyphs.unicode
        #expect(FigureText.change(1204, isNew: false, glyphs: glyphs).text == "▲ +1,204")
        #expect(FigureText.change(-35, isNew: false, glyphs: glyphs).text == "▼ -35")
        #expect(FigureText.change(0, isNew: false, glyphs: glyphs).text == "0")
        #expect(FigureText.change(nil, isNew: true, glyphs: glyphs).text == "new")
        #expect(FigureText.change(nil, isNew: false, glyphs: glyphs).text == "–")
        #expect(FigureText.change(1204, isNew: false, glyphs: .ascii).text == "^ +1,204")
        #expect(FigureText.change(-35, isNew: false, glyphs: .ascii).text == "v -35")
        #expect(FigureText.change(1, isNew: false, glyphs: glyphs).style == .positive)
        #expect(FigureText.change(-1, isNew: false, glyphs: glyphs).style == .negative)
    }

    @Test func reportedSumsSayWhenTheyAreIncompleteOrMissing() {
        let glyphs = TableGlyphs.unicode
        #expect(FigureText.reported(ReportedSum(sum: 1200, reporting: 3, outOf: 3), glyphs: glyphs).text == "1,200")
        #expect(FigureText.reported(ReportedSum(sum: 1200, reporting: 3, outOf: 40), glyphs: glyphs).text == "≥1,200")
        #expect(FigureText.reported(ReportedSum(sum: 0, reporting: 0, outOf: 4), glyphs: glyphs).text == "–")
        #expect(FigureText.reported(ReportedSum(), glyphs: glyphs).text == "0")
    }
}
