import DashboardCore
import Testing
@testable import DashboardUI

/// Names come from producers' files. Whatever they hold, the pane must not
/// write a control character to the terminal, and a name of wide or
/// zero-width characters must not push the figure columns out of line.
@Suite struct DistrictsPaneHostileNamesTests {
    static let names = [
        "\u{1B}[2JCleared",          // CSI: erase the screen
        "Bell\u{07}Ringer",          // BEL
        "Eight\u{9B}31mBit",         // 8-bit CSI
        "\u{202E}Reversed text",     // right-to-left override
        "پشاور",                     // Urdu: Peshawar
        "中文中文中文中文中文中文",      // wide, longer than the name column
        "Tent 🏕️ and 👍🏽 camp",        // emoji with variation selector and skin tone
        "Cafe\u{301} \u{301}marks",  // combining marks, one with nothing to combine with
        "Title\u{1B}]0;pwned\u{07}",  // OSC: set the window title
    ]

    static func camp(_ index: Int, name: String, population: Int) -> Camp {
        Camp(id: "c\(index)", name: name, status: .open, population: population, households: population / 5,
             byDocument: DocumentCounts(por: population / 2, acc: population / 4, undocumented: population / 8))
    }

    static func store(names: [String] = names) -> SnapshotStore {
        let districts = names.enumerated().map { index, name in
            District(id: "d\(index)", name: name, province: index % 2 == 0 ? "پختونخوا\u{1B}[31m" : "Punjab",
                     camps: [camp(index, name: name, population: 1_000 * (index + 1))])
        }
        let snapshot = Snapshot(generatedAt: Instant(rfc3339: "2025-04-07T21:00:00+05:00")!, districts: districts)
        var store = SnapshotStore()
        store.add(SnapshotFile(path: "hostile.json", report: ValidationReport(snapshot: snapshot, issues: [], errorCount: 0, warningCount: 0)))
        return store
    }

    static func state(width: Int = 80, height: Int = 30) -> AppState {
        var state = AppState(sourcePath: "hostile", now: TestStates.now, width: width, height: height)
        state.update(.snapshots(store()))
        return state
    }

    static func expectNoControlCharacters(_ screen: Screen, sourceLocation: SourceLocation = #_sourceLocation) {
        for cell in screen.cells {
            let unsafe = cell.symbol.unicodeScalars.contains(where: TerminalSafeText.isUnsafe)
            #expect(!unsafe, "cell holds \(cell.symbol.unicodeScalars.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
        }
    }

    @Test func districtsPaneGolden() {
        let screen = DistrictsPaneTests.render(Self.state())
        GoldenScreen.check(screen, "districts-hostile-names")
        Self.expectNoControlCharacters(screen)
    }

    @Test func columnsRightOfTheNameStayAligned() throws {
        let state = Self.state()
        let screen = DistrictsPaneTests.render(state)
        let header = screen.lines()[1]
        // Header cells are one column each (ASCII titles and box lines), so
        // character offsets in the header line are screen columns.
        let populationEnd = try #require(header.range(of: "Population ▼")).upperBound.utf16Offset(in: header)
            - "Population ▼".utf16.count + TextWidth.of("Population ▼")
        let provinceStart = try #require(header.range(of: "Province")).lowerBound.utf16Offset(in: header)
        let rows = state.districtRows
        #expect(rows.count == Self.names.count)
        for line in 0..<rows.count {
            let row = 2 + line
            let district = rows[line]
            // The population's last digit sits in the same column on every row, with the gap after it.
            let digits = Array(CountFormat.count(district.population))
            #expect(screen[row, populationEnd - 1].symbol == String(digits.last!), "row \(line): \(screen.lines()[row])")
            #expect(screen[row, populationEnd].symbol == " ")
            // The province starts in its column, right after the name's padding.
            let province = TerminalSafeText.sanitize(district.province)
            #expect(screen[row, provinceStart].symbol == String(province.first!), "row \(line): \(screen.lines()[row])")
            #expect(screen[row, provinceStart - 1].symbol == " ")
            // And the right border is where it belongs.
            #expect(screen[row, screen.width - 1].symbol == "│")
        }
    }

    @Test func campsPaneGolden() throws {
        var state = Self.state()
        TestStates.press([.enter], on: &state)
        let district = try #require(state.drillDown?.districtID)
        #expect(state.data?.district(id: district) != nil)
        let screen = CampsPaneTests.render(state)
        GoldenScreen.check(screen, "camps-hostile-names")
        Self.expectNoControlCharacters(screen)
    }

    @Test func filterTypedWithHostileTextIsShownSafely() {
        var state = Self.state()
        TestStates.press([.character("/")], on: &state)
        TestStates.type("\u{1B}[0mzz", on: &state)
        let screen = DistrictsPaneTests.render(state)
        Self.expectNoControlCharacters(screen)
        #expect(screen.lines()[2].contains("No district matches \"\u{FFFD}[0mzz\""))
        var header = Screen(width: 80, height: 1)
        HeaderBar.draw(state, in: header.bounds, on: &header)
        Self.expectNoControlCharacters(header)
    }
}
