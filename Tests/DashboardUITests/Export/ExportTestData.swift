import DashboardCore
@testable import DashboardUI

/// Snapshots for the export tests: names a producer could write that a CSV
/// file, a JSON reader, a Markdown renderer or a terminal must not act on.
enum ExportTestData {
    static let hostileNames = [
        "=HYPERLINK(\"http://example.invalid\",\"click\")",  // spreadsheet formula
        "+1+1",
        "-2+3",
        "@SUM(A1:A9)",
        "Comma, and \"quotes\"",
        "Line\nbreak",
        "Carriage\r\nreturn",
        "Tab\tseparated",
        "\u{1B}[2JCleared",          // CSI: erase the screen
        "Title\u{1B}]0;pwned\u{07}",  // OSC: set the window title
        "Eight\u{9B}31mBit",         // 8-bit CSI
        "\u{202E}Reversed text",     // right-to-left override
        "Pipe | and *stars* _under_ <b>html</b> [link](x) `code` &amp;",
        "پشاور",                     // Urdu: Peshawar
        "中文 🏕️",
    ]

    static func store(names: [String] = hostileNames) -> SnapshotStore {
        let districts = names.enumerated().map { index, name in
            District(id: "d\(index)", name: name, province: index % 2 == 0 ? "=Province" : "Punjab",
                     camps: [Camp(id: "c\(index)", name: name, status: .open, population: 1_000 * (index + 1),
                                  households: index % 3 == 0 ? nil : 200 * (index + 1),
                                  byDocument: DocumentCounts(por: 500 * (index + 1)))])
        }
        let snapshot = Snapshot(generatedAt: Instant(rfc3339: "2025-04-07T21:00:00+05:00")!, source: "Producer\u{1B}[31m, \"red\"",
                                districts: districts)
        var store = SnapshotStore()
        store.add(SnapshotFile(path: "hostile.json", report: ValidationReport(snapshot: snapshot, issues: [], errorCount: 0, warningCount: 0)))
        return store
    }

    static func hostileState() -> AppState {
        var state = AppState(sourcePath: "hostile\u{1B}[2J", now: TestStates.now, width: 120, height: 40)
        state.update(.snapshots(store()))
        return state
    }

    /// True when no scalar of `text` would be acted on by a terminal.
    static func isTerminalSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains(where: TerminalSafeText.isUnsafe)
    }
}
