import Foundation
import Testing

/// The shift's history from the command line and in a real terminal:
/// `render --at`, `render --baseline`, the drill-down's trend, and `b`, `[`,
/// `]`, End in a dashboard fed by `repatdash replay`. Figures are sums of the
/// bundled snapshots' camps: Haripur 99,447 (06:00) · 99,414 (09:00) ·
/// 99,379 (12:00) · 99,345 (15:00) · 99,310 (18:00) · 99,275 (21:00); all
/// districts 444,009 · 443,890 · 443,752 · 443,612 · 443,472 · 443,330.
@Suite(.serialized) struct HistoryCommandTests {
    static let now = "2025-04-07T21:30:00+05:00"

    static func render(_ extra: [String]) throws -> RepatdashProcess.Result {
        try RepatdashProcess.run(["render", RepatdashProcess.bundledSnapshots, "--now", now] + extra)
    }

    static func haripur(_ csv: CSVTable) -> [String] { csv.rows.first { $0[csv.index("ID")] == "kp-haripur" } ?? [] }

    @Test func atRendersTheNewestSnapshotAtOrBeforeTheMoment() throws {
        let result = try Self.render(["--at", "2025-04-07T13:00:00+05:00", "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let csv = CSVTable(result.standardOutput)
        // 12:00 is the newest at or before 13:00; its change is against 09:00: 99,379 − 99,414.
        #expect(Self.haripur(csv)[csv.index("Population")] == "99379")
        #expect(Self.haripur(csv)[csv.index("Change")] == "-35")
        #expect(csv.totals[csv.index("Population")] == "443752")

        let text = try Self.render(["--at", "2025-04-07T13:00:00+05:00", "--size", "120x40"])
        #expect(text.lines[0].contains("VIEWING 12:00 · 3 back · ] to return"))
        #expect(text.standardOutput.contains("Δ vs 09:00"))

        let json = try Self.render(["--at", "2025-04-07T13:00:00+05:00", "--format", "json"]).standardOutput
        #expect(json.contains("\"viewing\": {\"live\": false, \"steps_back\": 3, \"newest_generated_at\": \"2025-04-07T21:00:00+05:00\"}"))
    }

    @Test func baselineComparesWithTheNewestSnapshotAtOrBeforeTheMoment() throws {
        let result = try Self.render(["--baseline", "2025-04-07T07:00:00+05:00", "--format", "csv"])
        #expect(result.status == 0, "\(result.standardError)")
        let csv = CSVTable(result.standardOutput)
        // 06:00 is the newest at or before 07:00: 99,275 − 99,447, and 443,330 − 444,009 for all.
        #expect(Self.haripur(csv)[csv.index("Change")] == "-172")
        #expect(csv.totals[csv.index("Change")] == "-679")
        let json = try Self.render(["--baseline", "2025-04-07T07:00:00+05:00", "--format", "json"]).standardOutput
        #expect(json.contains("\"compares_with\": \"at\", \"asked_for\": \"2025-04-07T07:00:00+05:00\", \"snapshot_generated_at\": \"2025-04-07T06:00:00+05:00\", \"older_than_history\": false"))
        let markdown = try Self.render(["--baseline", "2025-04-07T07:00:00+05:00", "--format", "markdown"]).standardOutput
        #expect(markdown.contains("Change compares with 2025-04-07 07:00 GMT+5 (snapshot 2025-04-07 06:00 GMT+5)"))

        // Both: 12:00 compared with 06:00: 99,379 − 99,447.
        let both = CSVTable(try Self.render(["--at", "2025-04-07T12:00:00+05:00", "--baseline", "2025-04-07T06:00:00+05:00", "--format", "csv"]).standardOutput)
        #expect(Self.haripur(both)[both.index("Change")] == "-68")
    }

    @Test func aBaselineOlderThanTheHistorySaysSo() throws {
        let text = try Self.render(["--baseline", "2025-04-06T06:00:00+05:00", "--size", "120x40"])
        #expect(text.status == 0)
        #expect(text.standardOutput.contains("Δ oldest 06:00"))
        let json = try Self.render(["--baseline", "2025-04-06T06:00:00+05:00", "--format", "json"]).standardOutput
        #expect(json.contains("\"older_than_history\": true"))
    }

    @Test func atBeforeTheHistoryOrNotATimeIsAUsageError() throws {
        let early = try Self.render(["--at", "2025-04-06T12:00:00+05:00"])
        #expect(early.status == 2)
        #expect(early.standardError.contains("no snapshot at or before 2025-04-06T12:00:00+05:00"))
        #expect(early.standardError.contains("the oldest kept is 2025-04-07T06:00:00+05:00"))
        let garbled = try Self.render(["--baseline", "yesterday"])
        #expect(garbled.status == 2)
        #expect(garbled.standardError.contains("--baseline must be a moment in RFC 3339"))
    }

    @Test func historyHoursBoundsWhatIsKept() throws {
        // Four hours before 21:00 is 17:00: only 18:00 and 21:00 are kept; --at 13:00 finds nothing.
        let result = try Self.render(["--history-hours", "4", "--at", "2025-04-07T13:00:00+05:00"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("the oldest kept is 2025-04-07T18:00:00+05:00"))
        #expect(try Self.render(["--history-hours", "0"]).status == 2)
    }

    @Test func districtShowsItsTrendWithFigures() throws {
        let result = try Self.render(["--district", "kp-peshawar", "--size", "120x40"])
        #expect(result.status == 0)
        // Peshawar: 66,957 at 06:00 falling to 66,840 at 21:00.
        #expect(result.standardOutput.contains("█▆▅▃▂▁ first 66,957 06:00 · last 66,840 21:00 · low 66,840 21:00 · high 66,957 06:00"))
    }

    /// A replay feeds the six bundled snapshots into a watched directory, each
    /// dated now; the dashboard then travels back, changes its baseline, and returns.
    @Test func baselineAndTimeTravelLiveInTmux() throws {
        let directory = try ScratchDirectory()
        let into = directory.path + "/live"
        // tmux's own TERM, so that End arrives as the sequence its terminfo names.
        let tmux = try TmuxSession(width: 120, height: 40, command: "\(RepatdashProcess.binary) \(into)", environment: ["LANG": "C.UTF-8"])
        let replay = try BackgroundProcess([RepatdashProcess.binary, "replay", "--from", RepatdashProcess.bundledSnapshots,
                                            "--into", into, "--every", "0.3"], outputPath: directory.path + "/replay.log")
        defer { replay.stop() }
        try tmux.waitFor("443,330", timeout: 20)
        try tmux.waitFor("Δ vs ")

        // The header and the figures are waited for each: a capture may fall between two writes of one frame.
        try tmux.sendKeys("[")
        try tmux.waitFor("1 back · ] to return")
        var screen = try tmux.waitFor("443,472")
        #expect(screen.contains("VIEWING"))
        try tmux.sendKeys("[", "[")
        // 12:00's file is read again from the directory.
        try tmux.waitFor("3 back · ] to return")
        screen = try tmux.waitFor("443,752")
        #expect(screen.contains("VIEWING"))

        try tmux.sendKeys("End")
        try tmux.waitFor("443,330")
        try tmux.waitUntil(timeout: 10, "the header to be live again") { !$0.contains("VIEWING") }

        // Start of shift: every snapshot came within seconds, after the last 08:00 or 20:00, so the oldest stands in.
        try tmux.sendKeys("b")
        try tmux.waitFor("Δ oldest")
        try tmux.waitFor("▼ -679")  // 443,330 − 444,009
        try tmux.sendKeys("b", "b")
        try tmux.waitFor("Δ vs ")
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    /// Under `TERM=xterm-256color`, tmux's End (`ESC [ 4 ~`) is not in the
    /// terminfo entry and arrives as bytes; its `[` must not travel back in time.
    @Test func anUnrecognisedKeySequenceDoesNotTravel() throws {
        let tmux = try TmuxSession(width: 120, height: 40, command: "\(RepatdashProcess.binary) \(RepatdashProcess.bundledSnapshots) --now \(Self.now)",
                                   environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try tmux.waitFor("443,330")
        try tmux.sendKeys("End")
        try tmux.sendKeys("?")  // something that does show, to know the End was handled before it
        let screen = try tmux.waitFor("closes this help.")
        #expect(!screen.contains("VIEWING"))
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }
}
