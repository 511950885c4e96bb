import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Every way the dashboard can be stopped leaves the terminal as it found it.
@Suite(.serialized) struct SignalTests {
    static let command = "\(RepatdashProcess.binary) \(RepatdashProcess.bundledSnapshots)"

    @Test(arguments: ["TERM", "INT", "HUP"])
    func signalEndsTheDashboardAndRestoresTheTerminal(_ signal: String) throws {
        let tmux = try TmuxSession(width: 100, height: 30, command: Self.command, environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try tmux.waitFor("Haripur")
        let pid = try tmux.childProcessID()
        try ProcessTable.send(signal, to: pid)
        let screen = try tmux.waitFor("EXIT STATUS", timeout: 5)
        #expect(!screen.contains("Haripur"), "the dashboard's screen is gone (alternate screen left)")
        let before = try #require(tmux.file("stty-before"))
        let after = try tmux.waitForFile("stty-after")
        #expect(before == after)
        #expect(!FileManager.default.fileExists(atPath: "/proc/\(pid)"))
    }

    /// Signal numbers on Linux (x86-64 and arm64 agree on these), for the
    /// exit status the shell reports: 128 + the number.
    static let fatalSignals: [(name: String, number: Int)] = [
        ("QUIT", 3), ("ILL", 4), ("TRAP", 5), ("ABRT", 6), ("BUS", 7), ("FPE", 8), ("USR1", 10), ("SEGV", 11),
        ("USR2", 12), ("ALRM", 14), ("XCPU", 24), ("VTALRM", 26), ("PROF", 27), ("SYS", 31),
    ]

    /// A signal the dashboard does not handle as a request to stop still gives
    /// the terminal back (alternate screen left, the shell's `stty` settings,
    /// echo included, restored) before the process dies by the signal itself:
    /// the shell sees 128 + its number, as if nothing had been in between.
    @Test(arguments: fatalSignals.map(\.name))
    func fatalSignalRestoresTheTerminalAndDiesByTheSignal(_ signal: String) throws {
        let number = try #require(Self.fatalSignals.first { $0.name == signal }?.number)
        // No core files in the test's directory; the signal's status is the same with or without one.
        let tmux = try TmuxSession(width: 100, height: 30, command: "ulimit -c 0; \(Self.command)",
                                   environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try tmux.waitFor("Haripur")
        let pid = try tmux.childProcessID()
        try ProcessTable.send(signal, to: pid)
        let screen = try tmux.waitFor("EXIT STATUS", timeout: 5)
        #expect(screen.contains("EXIT STATUS \(128 + number)"), "\(screen)")
        #expect(!screen.contains("Haripur"), "the dashboard's screen is gone (alternate screen left)")
        let before = try #require(tmux.file("stty-before"))
        let after = try tmux.waitForFile("stty-after")
        #expect(before == after)
        #expect(after.contains(":"), "stty -g printed settings")
    }

    /// Ctrl-\ on the keyboard: the terminal driver sends SIGQUIT (the
    /// dashboard leaves ISIG on, so Ctrl-C and Ctrl-\ keep working), and the
    /// operator gets a working shell back, echo on.
    @Test func controlBackslashQuitsAndLeavesAWorkingShell() throws {
        let tmux = try TmuxSession.interactiveShell()
        try tmux.type("ulimit -c 0; stty -g > \(tmux.directory)/inner-before; \(Self.command); echo \"status=$?\"; stty -g > \(tmux.directory)/inner-after\n")
        try tmux.waitFor("Haripur")
        try tmux.sendKeys("C-\\")
        // The typed line shows `status=$?`; the shell's answer shows the number.
        let screen = try tmux.waitUntil(timeout: 5, "the shell to print the status") { $0.contains(/status=[0-9]/) }
        #expect(screen.contains("status=131"), "\(screen)")  // 128 + SIGQUIT (3)
        #expect(!screen.contains("Haripur"))
        let after = try tmux.waitForFile("inner-after")
        #expect(tmux.file("inner-before") == after)
        // Echo is back: typed text shows at the prompt.
        try tmux.type("echo typed-after-quit")
        try tmux.waitFor("echo typed-after-quit")
    }

    /// The raw bytes, recorded by script(1) in a real pty: after SIGQUIT the
    /// last thing the dashboard sent leaves the alternate screen (xterm's
    /// rmcup, ESC [ ? 1049 l) and shows the cursor again (cnorm, ESC [ ? 25 h),
    /// and script's own status is the signal's.
    @Test func fatalSignalSendsTheBytesThatLeaveTheAlternateScreen() throws {
        let recording = try ScratchDirectory()
        let typescript = recording.path + "/typescript"
        let tmux = try TmuxSession(width: 100, height: 30,
                                   command: "ulimit -c 0; " + TerminalRecording.command(Self.command, recordingInto: typescript),
                                   environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try tmux.waitFor("Haripur")
        let scriptPID = try tmux.childProcessID()
        let dashboard = try #require(ProcessTable.firstChild(of: scriptPID), "script started no dashboard")
        try ProcessTable.send("QUIT", to: dashboard)
        let screen = try tmux.waitFor("EXIT STATUS", timeout: 5)
        #expect(screen.contains("EXIT STATUS 131"), "\(screen)")
        let sent = try TerminalRecording(path: typescript)
        let enter = try #require(sent.offsets(of: "\u{1b}[?1049h").last)
        let leave = try #require(sent.offsets(of: "\u{1b}[?1049l").last, "the alternate screen was never left")
        #expect(leave > enter)
        let cursorShown = try #require(sent.offsets(of: "\u{1b}[?25h").last)
        #expect(cursorShown > enter)
        // Nothing drawn after leaving: the restore is the last thing sent.
        #expect(!sent.bytes[leave...].contains(where: { $0 >= 0x80 }), "dashboard output after the restore")
        #expect(tmux.file("stty-before") == (try tmux.waitForFile("stty-after")))
    }

    /// `--log` into a pipe (a FIFO here) whose reader stops: the next line's
    /// write would raise SIGPIPE, which would end the dashboard with the
    /// terminal in the alternate screen. It is ignored: the write fails with
    /// EPIPE, the dashboard goes on, and says so on stderr when it ends.
    @Test func aLogPipeWhoseReaderStopsNeitherKillsTheDashboardNorGoesUnsaid() throws {
        let logs = try ScratchDirectory()
        let fifo = logs.path + "/log.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        // The reader takes one byte and goes: every later write finds no reader.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/usr/bin/head")
        reader.arguments = ["-c", "1", fifo]
        reader.standardOutput = FileHandle.nullDevice
        try reader.run()
        let tmux = try TmuxSession(width: 100, height: 30, command: "\(Self.command) --log \(fifo) 2> \(logs.path)/stderr",
                                   environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try tmux.waitFor("Haripur")
        reader.waitUntilExit()
        // A rescan is logged: that write finds the pipe without a reader.
        try tmux.sendKeys("r")
        Thread.sleep(forTimeInterval: 0.5)
        try tmux.sendKeys("r")
        try tmux.waitFor("Haripur")
        try tmux.sendKeys("q")
        let screen = try tmux.waitFor("EXIT STATUS", timeout: 5)
        #expect(screen.contains("EXIT STATUS 0"), "\(screen)")  // not 141, 128 + SIGPIPE (13)
        #expect(tmux.file("stty-before") == (try tmux.waitForFile("stty-after")))
        let stderr = try String(contentsOfFile: logs.path + "/stderr", encoding: .utf8)
        #expect(stderr == "repatdash: the log file \(fifo) stopped being written: Broken pipe; later messages were not logged\n")
    }

    @Test func suspendAndResumeRepaintsEverything() throws {
        let tmux = try TmuxSession.interactiveShell()
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
