import Foundation
import Testing

/// Every way the dashboard can be stopped leaves the terminal as it found it.
@Suite(.serialized) struct SignalTests {
    static let command = "\(RepatdashProcess.binary) \(RepatdashProcess.bundledSnapshots)"

    @Test(arguments: ["TERM", "INT", "HUP"])
    func signalEndsTheDashboardAndRestoresTheTerminal(_ signal: String) throws {
        let tmux = try TmuxSession(width: 100, height: 30, command: Self.command, environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try tmux.waitFor("Haripur")
        let pid = try tmux.childProcessID()
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/bin/kill")
        kill.arguments = ["-\(signal)", "\(pid)"]
        try kill.run()
        kill.waitUntilExit()
        let screen = try tmux.waitFor("EXIT STATUS", timeout: 5)
        #expect(!screen.contains("Haripur"), "the dashboard's screen is gone (alternate screen left)")
        let before = try #require(tmux.file("stty-before"))
        let after = try tmux.waitForFile("stty-after")
        #expect(before == after)
        #expect(!FileManager.default.fileExists(atPath: "/proc/\(pid)"))
    }

    @Test func suspendAndResumeRepaintsEverything() throws {
        let tmux = try TmuxSession(width: 100, height: 30, command: "bash --norc --noprofile -i", environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color", "PS1": "prompt$ "])
        try tmux.waitFor("prompt$")
        try tmux.type("stty -g > \(tmux.directory)/stty-inner-before; \(Self.command); stty -g > \(tmux.directory)/stty-inner-after\n")
        try tmux.waitFor("Haripur")
        try tmux.sendKeys("C-z")
        let suspended = try tmux.waitFor("Stopped")
        #expect(!suspended.contains("Haripur"))
        try tmux.type("fg\n")
        try tmux.waitFor("Haripur")
        try tmux.sendKeys("q")
        let after = try tmux.waitForFile("stty-inner-after")
        #expect(tmux.file("stty-inner-before") == after)
    }
}
