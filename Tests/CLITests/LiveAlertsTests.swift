import Foundation
import Testing

/// Alerts in the real dashboard in tmux, across live updates: a snapshot
/// that moves a district fires, `!` lists it, `a` acknowledges it, the next
/// snapshot clears it, and the log has all three.
@Suite(.serialized) struct LiveAlertsTests {
    static let binary = RepatdashProcess.binary

    static let rules = """
        bell = true

        [[alert]]
        name = "Population shift"
        kind = "population_change"
        warning_percent = 10
        critical_percent = 15
        """

    /// Writes a snapshot the way producers do: a dot-name, then rename.
    static func publish(_ bytes: [UInt8], as name: String, into directory: String) throws {
        let temporary = directory + "/." + name + ".tmp"
        try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        try FileManager.default.moveItem(atPath: temporary, toPath: directory + "/" + name)
    }

    @Test func fireAcknowledgeAndClearAcrossLiveUpdates() throws {
        let directory = try ScratchDirectory()
        let files = try ScratchDirectory()
        let config = try files.write("config.toml", Self.rules)
        let logPath = files.path + "/dashboard.log"
        // Peshawar 2,000 at 17:00.
        try Self.publish(CheckCommandTests.snapshot(lastDay: 1_000, generatedAt: "2025-04-07T17:00:00+05:00", peshawar: 2_000), as: "a.json", into: directory.path)
        let tmux = try TmuxSession(width: 120, height: 40,
                                   command: "\(Self.binary) \(directory.path) --config \(config) --log \(logPath) --now 2025-04-07T19:30:00+05:00",
                                   environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        let first = try tmux.waitForSettledScreen(showing: ["Peshawar", "2,000"])
        #expect(!first.contains("CRIT"), "one snapshot: no baseline, nothing fires")
        #expect(try !tmux.bellRang())

        // 18:00: 2,400 is +20 % on 2,000: past critical 15 %.
        try Self.publish(CheckCommandTests.snapshot(lastDay: 1_000, generatedAt: "2025-04-07T18:00:00+05:00", peshawar: 2_400), as: "b.json", into: directory.path)
        let firing = try tmux.waitFor("1 CRIT")
        #expect(firing.split(separator: "\n").first?.hasSuffix("1 CRIT") == true, "the badge ends the header line")
        try tmux.waitUntil("the bell for a new critical (bell = true)") { _ in (try? tmux.bellRang()) == true }

        try tmux.sendKeys("!")
        try tmux.waitFor("CRIT  Population shift  Peshawar +20.0%, critical above 15%  since 19:30  new")
        try tmux.sendKeys("a")
        try tmux.waitFor("CRIT  Population shift  Peshawar +20.0%, critical above 15%  since 19:30  acknowledged")
        // Enter goes to the district: its camps, with the breadcrumb.
        try tmux.sendKeys("Enter")
        try tmux.waitForSettledScreen(showing: ["All districts › Peshawar", "Kababian"])
        try tmux.sendKeys("Escape")

        // 19:00 holds 2,400: no change since 18:00, the alert clears and the badge goes.
        try Self.publish(CheckCommandTests.snapshot(lastDay: 1_000, generatedAt: "2025-04-07T19:00:00+05:00", peshawar: 2_400), as: "c.json", into: directory.path)
        try tmux.waitUntil("the badge to go") { screen in
            screen.contains("19:00") && !screen.contains("CRIT")
        }
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")

        let log = try String(contentsOfFile: logPath, encoding: .utf8)
        let alertLines = log.split(separator: "\n").filter { $0.contains(" alert ") }.map(String.init)
        #expect(alertLines.count == 3, "fired, acknowledged, cleared:\n\(log)")
        #expect(alertLines.first?.contains("error alert fired") == true)
        #expect(alertLines.dropFirst().first?.contains("notice alert acknowledged") == true)
        #expect(alertLines.last?.contains("notice alert cleared") == true)
        for line in alertLines {
            #expect(line.contains("rule=\"Population shift\"") && line.contains("subject=\"district=peshawar\""), "\(line)")
        }
        #expect(alertLines.first?.contains("figure=+20.0%") == true)
    }

    @Test func noBellUnlessTheFileAsksForIt() throws {
        let directory = try ScratchDirectory()
        let files = try ScratchDirectory()
        let config = try files.write("config.toml", Self.rules.replacingOccurrences(of: "bell = true", with: ""))
        try Self.publish(CheckCommandTests.snapshot(lastDay: 1_000, generatedAt: "2025-04-07T17:00:00+05:00", peshawar: 2_000), as: "a.json", into: directory.path)
        let tmux = try TmuxSession(width: 120, height: 40, command: "\(Self.binary) \(directory.path) --config \(config) --now 2025-04-07T19:30:00+05:00",
                                   environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try tmux.waitForSettledScreen(showing: ["Peshawar", "2,000"])
        try Self.publish(CheckCommandTests.snapshot(lastDay: 1_000, generatedAt: "2025-04-07T18:00:00+05:00", peshawar: 2_400), as: "b.json", into: directory.path)
        try tmux.waitForSettledScreen(showing: ["1 CRIT"])
        #expect(try !tmux.bellRang())
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }
}
