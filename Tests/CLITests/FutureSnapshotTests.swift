import Foundation
import Testing

/// A snapshot dated ahead of the clock (a producer's wrong clock, a typo in
/// the date) never takes the screen: it is held aside and said loudly, the
/// newest snapshot not in the future is shown, and the held-aside one is
/// taken when the clock reaches it.
@Suite(.serialized) struct FutureSnapshotTests {
    static let binary = RepatdashProcess.binary
    static let bundled = RepatdashProcess.bundledSnapshots

    /// A bundled snapshot with another `generated_at`, and Khazana's
    /// population (14,210 at 21:00) changed by `populationDelta` so that its
    /// figures can be told apart on screen.
    static func bundledSnapshot(_ name: String, generatedAt: String, populationDelta: Int = 0) throws -> String {
        let text = try String(contentsOfFile: Self.bundled + "/" + name, encoding: .utf8)
        let original = try #require(text.firstMatch(of: /"generated_at": "([^"]+)"/)).output.1
        var changed = text.replacingOccurrences(of: "\"generated_at\": \"\(original)\"", with: "\"generated_at\": \"\(generatedAt)\"")
        if populationDelta != 0 {
            changed = changed.replacingOccurrences(of: "\"population\": 14210", with: "\"population\": \(14210 + populationDelta)")
        }
        return changed
    }

    /// Tomorrow's snapshot beside today's: `render --now` shows today's
    /// (All districts 443,330 at 21:00, not tomorrow's 443,331) and says
    /// tomorrow's is 23h 59m ahead of --now (21:01 to 21:00 the next day).
    @Test func renderShowsTheNewestNotInTheFutureAndSaysWhatIsHeldAside() throws {
        let directory = try ScratchDirectory()
        try directory.write("now.json", try Self.bundledSnapshot("2025-04-07T2100.json", generatedAt: "2025-04-07T21:00:00+05:00"))
        try directory.write("tomorrow.json", try Self.bundledSnapshot("2025-04-07T2100.json", generatedAt: "2025-04-08T21:00:00+05:00", populationDelta: 1))
        let result = try RepatdashProcess.run(["render", directory.path, "--now", "2025-04-07T21:01:00+05:00", "--size", "200x40"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("443,330"))
        #expect(!result.standardOutput.contains("443,331"))
        #expect(result.standardOutput.contains("Snapshot 2025-04-07 21:00"))
        #expect(result.standardOutput.contains("! 1 snapshot dated 23h 59m ahead: clock skew?"), "\(result.standardOutput)")

        // --now is the clock: a day later, tomorrow's is the newest and nothing is held aside.
        let later = try RepatdashProcess.run(["render", directory.path, "--now", "2025-04-08T21:01:00+05:00", "--size", "200x40"])
        #expect(later.standardOutput.contains("443,331"))
        #expect(!later.standardOutput.contains("ahead"))

        // A tolerance of a day and a half takes tomorrow's at once.
        let tolerant = try RepatdashProcess.run(["render", directory.path, "--now", "2025-04-07T21:01:00+05:00", "--size", "200x40",
                                                 "--future-tolerance", "2160"])
        #expect(tolerant.standardOutput.contains("443,331"))
    }

    @Test func validateWarnsWithThePath() throws {
        let directory = try ScratchDirectory()
        try directory.write("now.json", try Self.bundledSnapshot("2025-04-07T2100.json", generatedAt: "2025-04-07T21:00:00+05:00"))
        let tomorrow = try directory.write("tomorrow.json", try Self.bundledSnapshot("2025-04-07T2100.json", generatedAt: "2025-04-08T21:00:00+05:00"))
        let result = try RepatdashProcess.run(["validate", directory.path, "--now", "2025-04-07T21:01:00+05:00"])
        #expect(result.status == 0, "a warning, not an error")
        // 23 h 59 min ahead, said in whole hours.
        #expect(result.standardOutput.contains("\(tomorrow): generated_at: warning: is 23 hours in the future"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("holds it aside"))
        #expect(!result.standardOutput.contains("now.json:"))
    }

    /// Live, with the real clock and a tolerance of 0: one snapshot dated a
    /// minute ago (06:00's figures, 444,009), one dated 8 seconds ahead
    /// (21:00's, 443,330) and one 23 hours ahead (443,331). The first is
    /// shown with two held aside; when the clock reaches the second it takes
    /// the screen; the third never does.
    @Test func heldAsideUntilTheClockReachesIt() throws {
        let directory = try ScratchDirectory()
        let formatter = ISO8601DateFormatter()
        let now = Date()
        try directory.write("a.json", try Self.bundledSnapshot("2025-04-07T0600.json", generatedAt: formatter.string(from: now.addingTimeInterval(-60))))
        try directory.write("b.json", try Self.bundledSnapshot("2025-04-07T2100.json", generatedAt: formatter.string(from: now.addingTimeInterval(8))))
        try directory.write("c.json", try Self.bundledSnapshot("2025-04-07T2100.json", generatedAt: formatter.string(from: now.addingTimeInterval(23 * 3600)),
                                                               populationDelta: 1))
        let logs = try ScratchDirectory()
        let logPath = logs.path + "/dashboard.log"
        let tmux = try TmuxSession(width: 200, height: 40, command: "\(Self.binary) \(directory.path) --future-tolerance 0 --log \(logPath)",
                                   environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        let before = try tmux.waitFor("444,009")
        #expect(before.contains("! 2 snapshots dated up to 2"), "\(before)")
        #expect(before.contains("ahead: clock skew?"))

        let reached = try tmux.waitFor("443,330", timeout: 30)
        #expect(reached.contains("! 1 snapshot dated 2"), "\(reached)")
        #expect(!reached.contains("443,331"))
        #expect(!reached.contains("in the future"), "the warning read at the start is not true any more")
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
        let log = try String(contentsOfFile: logPath, encoding: .utf8)
        #expect(log.contains("warning snapshot held aside: dated ahead of the clock file=\(directory.path)/b.json"), "\(log)")
        #expect(log.contains("warning snapshot held aside: dated ahead of the clock file=\(directory.path)/c.json"))
        #expect(log.contains("info held-aside snapshot reached by the clock file=\(directory.path)/b.json"))
        #expect(!log.contains("reached by the clock file=\(directory.path)/c.json"))
    }
}
