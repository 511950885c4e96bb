import Foundation
import Testing

/// The dashboard following a directory that producers write into, in a real
/// terminal: new snapshots show on their own, broken ones never take the screen.
@Suite(.serialized) struct LiveDashboardTests {
    static let binary = RepatdashProcess.binary
    static let bundled = RepatdashProcess.bundledSnapshots

    /// Copies a bundled snapshot into `directory` the way producers do: a dot-name, then rename.
    static func publish(_ bundledName: String, as name: String, into directory: String) throws {
        let temporary = directory + "/." + name + ".tmp"
        try FileManager.default.copyItem(atPath: bundled + "/" + bundledName, toPath: temporary)
        try FileManager.default.moveItem(atPath: temporary, toPath: directory + "/" + name)
    }

    @Test func newSnapshotWithinASecondAndBrokenOneNeverTakesTheScreen() throws {
        let directory = try ScratchDirectory()
        try Self.publish("2025-04-07T0600.json", as: "a.json", into: directory.path)
        let tmux = try TmuxSession(width: 120, height: 40, command: "\(Self.binary) \(directory.path) --now 2025-04-07T21:30:00+05:00",
                                   environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        // 06:00 total for all districts, then 21:00 (numbers from the bundled sample).
        try tmux.waitFor("444,009")

        try Self.publish("2025-04-07T2100.json", as: "b.json", into: directory.path)
        let renamed = Date()
        let screen = try tmux.waitFor("443,330", timeout: 1.0)
        #expect(Date().timeIntervalSince(renamed) < 1.0)
        #expect(screen.contains("•"), "rows that changed are marked")

        // A half-written file, then a corrupt one: the figures stay, the error shows.
        try "{\"schema_version\": 1, \"generated_at\": \"2025-04-07T22:00:00+05:00\", \"districts\": [".write(toFile: directory.path + "/c.json", atomically: false, encoding: .utf8)
        let broken = try tmux.waitFor("! 1 rejected")
        #expect(broken.contains("443,330"))
        #expect(broken.contains("c.json"))

        // The producer finishes the file: it is read again, and still refused (no crossings etc.).
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.bundled + "/2025-04-07T2100.json"))
        var text = String(decoding: data, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"population\": 14210", with: "\"population\": -5")
        try text.write(toFile: directory.path + "/c.json", atomically: false, encoding: .utf8)
        let stillGood = try tmux.waitFor("c.json: districts[0].camps[2].populati", timeout: 5)
        #expect(stillGood.contains("443,330"))

        // Removing the newest good file brings back the one before it.
        try FileManager.default.removeItem(atPath: directory.path + "/b.json")
        try tmux.waitFor("444,009", timeout: 5)
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    @Test func pauseHoldsFiguresAndResumeAppliesThem() throws {
        let directory = try ScratchDirectory()
        try Self.publish("2025-04-07T0600.json", as: "a.json", into: directory.path)
        let tmux = try TmuxSession(width: 120, height: 40, command: "\(Self.binary) \(directory.path) --now 2025-04-07T21:30:00+05:00",
                                   environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try tmux.waitFor("444,009")
        try tmux.sendKeys("p")
        try tmux.waitFor("PAUSED")
        try Self.publish("2025-04-07T2100.json", as: "b.json", into: directory.path)
        let paused = try tmux.waitFor("PAUSED (1 new)", timeout: 3)
        #expect(paused.contains("444,009"))
        try tmux.sendKeys("p")
        let resumed = try tmux.waitFor("443,330")
        #expect(!resumed.contains("PAUSED"))
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    @Test func staleWhenTheNewestSnapshotIsOld() throws {
        let tmux = try TmuxSession(width: 120, height: 40, command: "\(Self.binary) \(Self.bundled) --now 2025-04-07T21:30:00+05:00 --stale-after 20",
                                   environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try tmux.waitFor("STALE: newest snapshot is 30m old")
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
        let fresh = try TmuxSession(width: 120, height: 40, command: "\(Self.binary) \(Self.bundled) --now 2025-04-07T21:10:00+05:00 --stale-after 20",
                                    environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        let screen = try fresh.waitFor("(10m ago)")
        #expect(!screen.contains("STALE"))
        try fresh.sendKeys("q")
    }
}
