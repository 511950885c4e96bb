import Foundation
import Testing

/// The terminal types operators' terminals announce, in a real terminal
/// (tmux) with TERM and the locale set as their login would set them.
@Suite(.serialized) struct TerminalTypeTests {
    static let binary = RepatdashProcess.binary
    static let command = "\(binary) \(RepatdashProcess.bundledSnapshots) --now 2025-04-07T21:30:00+05:00"

    @Test(arguments: ["xterm-256color", "screen-256color", "tmux-256color", "xterm", "vt100", "linux"])
    func dashboardWorksWithTerminalType(_ term: String) throws {
        let tmux = try TmuxSession(width: 100, height: 30, command: Self.command,
                                         environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": term])
        var screen = try tmux.waitForSettledScreen(showing: ["Haripur", "443,330", "Deadlines"])
        #expect(screen.contains("›Haripur"), "Haripur is selected")
        #expect(screen.contains("┌─ Districts (23)"))
        #expect(screen.contains("Crossings · Torkham"))
        #expect(screen.contains("Deadlines"))

        // Usable: the selection moves, and a drill-down redraws the table.
        try tmux.sendKeys("j")
        try tmux.waitUntil("the selection on Peshawar") { $0.contains("›Peshawar") && !$0.contains("›Haripur") }
        try tmux.sendKeys("Enter")
        try tmux.waitForSettledScreen(showing: ["All districts › Peshawar", "Khazana", "All camps"])

        try tmux.sendKeys("q")
        screen = try tmux.waitFor("EXIT STATUS 0")
        // vt100 and the Linux console have no alternate screen: the last frame stays there.
        if !["vt100", "linux"].contains(term) {
            #expect(!screen.contains("Khazana"), "the dashboard's screen is gone (alternate screen left)")
        }
        let before = try #require(tmux.file("stty-before"))
        let after = try tmux.waitForFile("stty-after")
        #expect(before == after, "TERM=\(term) left the terminal as it was found")
    }

    /// A terminal that cannot address the cursor, or one with no terminfo
    /// entry: a clear error naming it and the way out, not a garbled screen.
    @Test(arguments: ["dumb", "no-such-terminal"])
    func refusesTerminalItCannotDrive(_ term: String) throws {
        let directory = try ScratchDirectory()
        let recording = directory.path + "/typescript"
        let tmux = try TmuxSession(width: 200, height: 30, command: TerminalRecording.command(Self.command, recordingInto: recording),
                                         environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": term])
        let screen = try tmux.waitFor("EXIT STATUS")
        let lines = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        #expect(lines.count == 2, "only the message and the exit status: \(lines)")
        let message = try #require(lines.first)
        #expect(message.hasPrefix("Error:"))
        #expect(message.contains("\"\(term)\""), "the message names the terminal: \(message)")
        #expect(message.contains("repatdash render"), "the message suggests render: \(message)")
        #expect(lines.last == "EXIT STATUS 1")
        let before = try #require(tmux.file("stty-before"))
        let after = try tmux.waitForFile("stty-after")
        #expect(before == after)

        let sent = try TerminalRecording(path: recording)
        #expect(!sent.bytes.contains(0x1B), "no escape sequence at all: \(sent.describe(0..<sent.bytes.count))")
        #expect(sent.problems().isEmpty, "\(sent.problems())")
        #expect(sent.contains("repatdash render"))
    }

    /// A locale that is not UTF-8 gets the ASCII screen without being asked.
    @Test(arguments: ["C", "POSIX"])
    func nonUTF8LocaleGivesTheASCIIScreen(_ locale: String) throws {
        let tmux = try TmuxSession(width: 100, height: 30, command: Self.command,
                                         environment: ["LANG": locale, "LC_ALL": locale, "TERM": "xterm-256color"])
        var screen = try tmux.waitForSettledScreen(showing: ["Haripur", "443,330", "Deadlines"])
        #expect(!screen.contains("┌") && !screen.contains("│") && !screen.contains("─"), "no box drawing characters:\n\(screen)")
        #expect(screen.contains("+- Districts (23) ---"), "boxes are drawn with + and -:\n\(screen)")
        #expect(screen.contains("| District"))
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "only ASCII on the screen:\n\(screen)")
        try tmux.sendKeys("j")
        screen = try tmux.waitForSettledScreen(showing: [">Peshawar"])
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
        let before = try #require(tmux.file("stty-before"))
        let after = try tmux.waitForFile("stty-after")
        #expect(before == after)
    }
}
