import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The dashboard the way operators run it: over a real SSH connection (a
/// throwaway sshd on 127.0.0.1), the ssh client in a real terminal (tmux).
@Suite(.serialized) struct SSHSessionTests {
    static let binary = RepatdashProcess.binary
    static let repository = RepatdashProcess.repository.path

    /// A private copy of the bundled snapshots: its path marks this test's
    /// dashboard among every process on the machine.
    static func privateSnapshots() throws -> ScratchDirectory {
        let directory = try ScratchDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: RepatdashProcess.bundledSnapshots) where name.hasSuffix(".json") {
            try FileManager.default.copyItem(atPath: RepatdashProcess.bundledSnapshots + "/" + name, toPath: directory.path + "/" + name)
        }
        return directory
    }

    /// What the remote login shell runs: the dashboard with its own terminal
    /// type and locale, exec'd so it is the session's process.
    static func remoteCommand(_ snapshots: String, wrapper: String = "") -> String {
        "cd \(repository) && TERM=xterm-256color LANG=C.UTF-8 REPATDASH_CONFIG=none exec \(wrapper)\(binary) \(snapshots) --now 2025-04-07T21:30:00+05:00"
    }

    @Test func drillDownResizeAndQuitOverSSH() throws {
        let server = try SSHServer()
        let snapshots = try Self.privateSnapshots()
        defer {
            ProcessTable.killAll(ProcessTable.dashboards(binary: Self.binary, marker: snapshots.path))
            server.stop()
        }
        let tmux = try TmuxSession(width: 120, height: 40, command: server.clientCommand(Self.remoteCommand(snapshots.path)),
                                         environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color"])
        try tmux.waitForSettledScreen(showing: ["Haripur", "443,330", "Deadlines"], timeout: 15)
        let client = try tmux.childProcessID()
        #expect(ProcessTable.arguments(of: client)?.first == "ssh")
        let remote = try #require(ProcessTable.waitForOne(timeout: 5) { $0.first == Self.binary && $0.contains(snapshots.path) },
                                  "the dashboard runs under sshd")

        try tmux.type("/Peshawar")
        try tmux.sendKeys("Enter")
        try tmux.sendKeys("Enter")
        try tmux.waitForSettledScreen(showing: ["All districts › Peshawar", "Khazana", "All camps"])

        // The window change travels tmux → ssh → sshd → the remote pty (SIGWINCH).
        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("terminal too small: need 80×24, have 60×20")
        try tmux.resize(width: 100, height: 30)
        let screen = try tmux.waitForSettledScreen("the camps at 100×30") { screen in
            screen.contains("Khazana") && screen.split(separator: "\n").contains { $0.hasPrefix("┌") && $0.count == 100 }
        }
        #expect(screen.split(separator: "\n", omittingEmptySubsequences: false).count >= 30)

        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
        #expect(ProcessTable.waitUntilEnded(client, timeout: 5), "ssh has exited")
        #expect(ProcessTable.waitUntilEnded(remote, timeout: 5), "the remote dashboard has exited")
        let before = try #require(tmux.file("stty-before"))
        let after = try tmux.waitForFile("stty-after")
        #expect(before == after, "ssh and the dashboard left the local terminal as they found it")
    }

    /// Ctrl-\\ over SSH: the byte travels to the remote pty, whose driver
    /// sends SIGQUIT. The dashboard gives the remote terminal back (alternate
    /// screen left, the remote shell's stty settings restored, echo on) and
    /// dies by SIGQUIT: the remote shell sees 131 (128 + 3).
    @Test func controlBackslashOverSSHRestoresTheRemoteTerminal() throws {
        let server = try SSHServer()
        let snapshots = try Self.privateSnapshots()
        let records = try ScratchDirectory()
        defer {
            ProcessTable.killAll(ProcessTable.dashboards(binary: Self.binary, marker: snapshots.path))
            server.stop()
        }
        let dashboard = "TERM=xterm-256color LANG=C.UTF-8 REPATDASH_CONFIG=none \(Self.binary) \(snapshots.path) --now 2025-04-07T21:30:00+05:00"
        let remote = "cd \(Self.repository) && ulimit -c 0; stty -g > \(records.path)/remote-before; \(dashboard); "
            + "echo \"remote status=$?\"; stty -g > \(records.path)/remote-after; sleep 1"
        let tmux = try TmuxSession(width: 100, height: 30, command: server.clientCommand(remote),
                                   environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color"])
        try tmux.waitForSettledScreen(showing: ["Haripur", "Deadlines"], timeout: 15)
        try tmux.sendKeys("C-\\")
        let screen = try tmux.waitUntil(timeout: 10, "the remote shell's status line") { $0.contains(/remote status=[0-9]/) }
        #expect(screen.contains("remote status=131"), "\(screen)")
        #expect(!screen.contains("Haripur"), "the alternate screen was left")
        // The remote shell writes remote-after before its `sleep 1`, and ssh ends after it.
        try tmux.waitFor("EXIT STATUS", timeout: 10)
        let before = try String(contentsOfFile: records.path + "/remote-before", encoding: .utf8)
        let after = try String(contentsOfFile: records.path + "/remote-after", encoding: .utf8)
        #expect(before == after && !after.isEmpty, "the remote terminal's settings, echo included, are back")
        #expect(tmux.file("stty-before") == (try tmux.waitForFile("stty-after")))
    }

    /// The link drops (the client dies without a word): sshd closes the
    /// remote terminal, and the dashboard must end rather than run on.
    @Test func killingTheSSHClientEndsTheRemoteDashboard() throws {
        try dropTheLink(wrapper: "")
    }

    /// Same, when SIGHUP never reaches the dashboard (blocked by whatever
    /// started it): it must notice the hung-up terminal itself, not spin on it.
    @Test func remoteDashboardEndsOnHangUpEvenWithoutSIGHUP() throws {
        try dropTheLink(wrapper: "python3 \(Self.repository)/scripts/ssh-hangup-blocked.py ")
    }

    private func dropTheLink(wrapper: String) throws {
        let server = try SSHServer()
        let snapshots = try Self.privateSnapshots()
        defer {
            ProcessTable.killAll(ProcessTable.dashboards(binary: Self.binary, marker: snapshots.path))
            server.stop()
        }
        let tmux = try TmuxSession(width: 100, height: 30, command: server.clientCommand(Self.remoteCommand(snapshots.path, wrapper: wrapper)),
                                         environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "tmux-256color"])
        try tmux.waitFor("Haripur", timeout: 15)
        let client = try tmux.childProcessID()
        #expect(ProcessTable.arguments(of: client)?.first == "ssh")
        let remote = try #require(ProcessTable.waitForOne(timeout: 5) { $0.first == Self.binary && $0.contains(snapshots.path) },
                                  "the dashboard runs under sshd")
        if !wrapper.isEmpty {
            let status = try String(contentsOfFile: "/proc/\(remote)/status", encoding: .utf8)
            let blocked = status.split(separator: "\n").first { $0.hasPrefix("SigBlk:") }
            let mask = blocked.flatMap { UInt64($0.dropFirst("SigBlk:".count).trimmingCharacters(in: .whitespaces), radix: 16) } ?? 0
            try #require(mask & (1 << (UInt64(SIGHUP) - 1)) != 0, "SIGHUP is blocked in the remote dashboard")
        }

        kill(client, SIGKILL)
        try tmux.waitFor("EXIT STATUS 137", timeout: 5)
        let started = Date()
        let ended = ProcessTable.waitUntilEnded(remote, timeout: 5)
        #expect(ended, "the remote dashboard still runs 5 s after the link dropped")
        if ended { #expect(Date().timeIntervalSince(started) < 5) }
    }
}
