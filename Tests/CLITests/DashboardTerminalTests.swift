import Foundation
import Testing

/// The dashboard in a real terminal (tmux): the path an operator takes.
@Suite(.serialized) struct DashboardTerminalTests {
    static let binary = RepatdashProcess.binary
    static let snapshots = RepatdashProcess.bundledSnapshots

    @Test func drillFilterResizeAndQuitLeaveTheTerminalAsFound() throws {
        let tmux = try TmuxSession(width: 120, height: 40, command: "\(Self.binary) \(Self.snapshots)",
                                   environment: ["LANG": "C.UTF-8", "TERM": "tmux-256color"])
        var screen = try tmux.waitFor("Peshawar")
        #expect(screen.contains("All districts"))

        // Drill into Peshawar: select it by filtering, Enter, and its camps appear.
        try tmux.type("/Peshawar")
        try tmux.sendKeys("Enter")
        try tmux.sendKeys("Enter")
        // Both, in one capture: under load tmux can show the header drawn before the rows.
        screen = try tmux.waitUntil("Peshawar's camps") { $0.contains("All districts › Peshawar") && $0.contains("Khazana") }

        // Back to the districts, still filtered, then clear the filter.
        try tmux.sendKeys("Escape")
        screen = try tmux.waitUntil("the districts table again") { !$0.contains("Khazana") && $0.contains("Peshawar") }
        try tmux.sendKeys("Escape")
        screen = try tmux.waitFor("Haripur")

        // Too small, then back.
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("terminal too small: need 80×24, have 60×20")
        try tmux.resize(width: 120, height: 40)
        try tmux.waitFor("Haripur")

        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
        let before = try #require(tmux.file("stty-before"))
        let after = try tmux.waitForFile("stty-after")  // the shell writes it just after EXIT STATUS
        #expect(before == after)
    }
}
