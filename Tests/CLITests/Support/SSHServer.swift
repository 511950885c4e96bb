import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A throwaway OpenSSH server on 127.0.0.1 for one test: its own host key,
/// client key, configuration and PID file in a temporary directory, on a free
/// port, run in the foreground (`sshd -D -e`) so the test owns the process.
/// `stop()` (also from deinit) ends the sessions, then the server.
/// openssh-server comes from scripts/install-deps.sh, never from the test.
final class SSHServer {
    static let sshd = "/usr/sbin/sshd"

    let directory: String
    let user: String
    private(set) var port = 0
    var clientKey: String { directory + "/client_key" }
    var logPath: String { directory + "/sshd.log" }
    var pidFilePath: String { directory + "/sshd.pid" }
    private var server: BackgroundProcess?

    init() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.sshd) else {
            throw TmuxError("\(Self.sshd) is missing: run scripts/install-deps.sh (Debian package openssh-server)")
        }
        user = String(cString: getpwuid(geteuid()).pointee.pw_name)
        directory = NSTemporaryDirectory() + "repatdash-sshd-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // Privilege separation needs its empty directory (the package's unit
        // creates it at boot, which a container never has).
        try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])

        for key in ["host_key", "client_key"] {
            let status = try ChildProcess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "repatdash-test", "-f", directory + "/" + key],
                                              outputPath: directory + "/keygen.log")
            guard status == 0 else { throw TmuxError("ssh-keygen failed: \(read("keygen.log"))") }
        }
        try FileManager.default.copyItem(atPath: clientKey + ".pub", toPath: directory + "/authorized_keys")

        // A port found free can be taken before sshd binds it: try another.
        var failure = ""
        for _ in 0..<5 {
            port = try LoopbackPort.free()
            try configuration().write(toFile: directory + "/sshd_config", atomically: true, encoding: .utf8)
            let process = try BackgroundProcess([Self.sshd, "-D", "-e", "-f", directory + "/sshd_config"], outputPath: logPath)
            server = process
            if let problem = waitUntilListening(process) {
                failure = problem
                process.stop()
                server = nil
                continue
            }
            return
        }
        stop()
        throw TmuxError("sshd did not start: \(failure)")
    }

    deinit { stop() }

    /// The ssh client line (for sh) that runs `remoteCommand` on this server
    /// with a terminal (-tt), trusting the throwaway host key.
    func clientCommand(_ remoteCommand: String) -> String {
        let options = ["-F", "/dev/null", "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                       "-o", "LogLevel=ERROR", "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-o", "ConnectTimeout=10",
                       "-i", clientKey, "-p", "\(port)", "-tt", "\(user)@127.0.0.1"]
        return "ssh " + options.joined(separator: " ") + " " + Self.shellQuoted(remoteCommand)
    }

    /// Ends every session (their processes get SIGHUP as their terminals
    /// close), then the listening server; deletes the directory.
    func stop() {
        guard let process = server else { return }
        server = nil
        for session in ProcessTable.children(of: process.pid) { kill(session, SIGTERM) }
        // With -D sshd does not fork, so its PID file names the process we
        // started; should it ever name another, that one is ended too.
        if let text = try? String(contentsOfFile: pidFilePath, encoding: .utf8),
           let recorded = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)),
           recorded != process.pid, ProcessTable.isRunning(recorded) {
            kill(recorded, SIGTERM)
        }
        process.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private func configuration() -> String {
        """
        ListenAddress 127.0.0.1
        Port \(port)
        HostKey \(directory)/host_key
        AuthorizedKeysFile \(directory)/authorized_keys
        PidFile \(pidFilePath)
        AllowUsers \(user)
        PermitRootLogin prohibit-password
        PubkeyAuthentication yes
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        UsePAM no
        StrictModes no
        UseDNS no
        PrintMotd no
        PrintLastLog no
        AcceptEnv LANG
        LogLevel INFO

        """
    }

    /// Nil once sshd says it listens; else why it did not.
    private func waitUntilListening(_ process: BackgroundProcess) -> String? {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if read("sshd.log").contains("Server listening on 127.0.0.1 port \(port)") { return nil }
            if process.hasExited { return "sshd exited: \(read("sshd.log"))" }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return "sshd not listening after 10 s: \(read("sshd.log"))"
    }

    private func read(_ name: String) -> String {
        (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? ""
    }
}
