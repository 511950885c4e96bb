import Foundation
import Testing

/// `s`, `S`, `<` and `>` pressed in a real terminal (tmux) on the real
/// binary, with the order read back off the screen: the hand-worked orders of
/// `SortingSnapshots`, in the districts table and in Zhob's camps.
@Suite(.serialized) struct SortKeysTerminalTests {
    static let binary = RepatdashProcess.binary

    /// Waits until the table on screen lists `names` (then the gone row) under a
    /// header marking `header` as the sorted column; returns the header line.
    @discardableResult
    static func waitForOrder(_ tmux: TmuxSession, _ names: [String], gone: String, header: String) throws -> String {
        let screen = try tmux.waitForSettledScreen("\(header) with \(names)") { screen in
            // Only a whole table is parsed: the parser records a failure for a screen without one.
            guard screen.contains(header), screen.contains("│ All "), let table = try? ScreenTable.parse(screen.components(separatedBy: "\n")) else { return false }
            return table.rows.map { $0[0] } == names + [gone]
        }
        return try #require(screen.components(separatedBy: "\n").first { $0.contains(header) })
    }

    static func districts(_ column: String, ascending: Bool = false) -> [String] {
        let orders = SortingSnapshots.districtOrders[column]!
        return ascending ? orders.ascending : orders.descending
    }

    static func camps(_ column: String, ascending: Bool = false) -> [String] {
        let orders = SortingSnapshots.campOrders[column]!
        return ascending ? orders.ascending : orders.descending
    }

    @Test func angleBracketsAndSSortByEveryColumnOnScreen() throws {
        let directory = try SortingSnapshots.directory()
        let tmux = try TmuxSession(width: 160, height: 40, command: "\(Self.binary) \(directory.path) --now \(SortingSnapshots.now)",
                                   environment: ["LANG": "C.UTF-8", "TERM": "tmux-256color"])
        try Self.waitForOrder(tmux, Self.districts("population"), gone: "Kurram", header: "Population ▼")

        // `>` from Population: PoR, largest first.
        try tmux.sendKeys(">")
        try Self.waitForOrder(tmux, Self.districts("por"), gone: "Kurram", header: "PoR ▼")
        // On to Change: the largest increase first, no change in the middle, the largest drop last; gone still last.
        for (column, title) in [("acc", "ACC"), ("undocumented", "Undoc."), ("other", "Other"), ("households", "Households")] {
            try tmux.sendKeys(">")
            try Self.waitForOrder(tmux, Self.districts(column), gone: "Kurram", header: title + " ▼")
        }
        try tmux.sendKeys(">")
        let change = try Self.waitForOrder(tmux, ["833-10", "Newtown", "833-2", "Zhob", "bannu", "Attock"], gone: "Kurram", header: "▼")
        #expect(change.contains("Δ vs 18:00 ▼"), "\(change)")
        // `>` stops at the last column; `S` reverses.
        try tmux.sendKeys(">", "S")
        try Self.waitForOrder(tmux, Self.districts("change", ascending: true), gone: "Kurram", header: "Δ vs 18:00 ▲")

        // `<` all the way back: Name, A→Z in natural order.
        for _ in 0..<9 { try tmux.sendKeys("<") }
        try Self.waitForOrder(tmux, ["833-2", "833-10", "Attock", "bannu", "Newtown", "Zhob"], gone: "Kurram", header: "District ▲")
        // `s` goes round as before: Province next.
        try tmux.sendKeys("s")
        try Self.waitForOrder(tmux, Self.districts("province", ascending: true), gone: "Kurram", header: "Province ▲")
        try tmux.sendKeys("s")
        try Self.waitForOrder(tmux, Self.districts("camps"), gone: "Kurram", header: "Camps ▼")

        // Zhob's camps: `<` from Population is Status, A→Z; `>` along to De-notified.
        try tmux.type("/Zhob")
        try tmux.sendKeys("Enter", "Enter")
        try Self.waitForOrder(tmux, Self.camps("population"), gone: "Camp 5", header: "Population ▼")
        try tmux.sendKeys("<")
        try Self.waitForOrder(tmux, Self.camps("status", ascending: true), gone: "Camp 5", header: "Status ▲")
        for _ in 0..<7 { try tmux.sendKeys(">") }
        try Self.waitForOrder(tmux, Self.camps("denotified", ascending: true), gone: "Camp 5", header: "De-notified ▲")
        try tmux.sendKeys("S")
        try Self.waitForOrder(tmux, Self.camps("denotified"), gone: "Camp 5", header: "De-notified ▼")

        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }
}
