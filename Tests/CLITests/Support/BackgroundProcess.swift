import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program left running in the background (sshd -D), started with
/// posix_spawn like `ChildProcess` (Foundation's Process hangs on daemons),
/// stopped with SIGTERM (then SIGKILL) and always collected with waitpid.
final class BackgroundProcess {
    let pid: pid_t
    private var exitStatus: Int32?

    /// Starts `arguments` with stdin from /dev/null and stdout and stderr to
    /// `outputPath`, with the usual signal dispositions whatever the test runner set.
    init(_ arguments: [String], outputPath: String) throws {
        self.pid = try ChildProcess.spawn(arguments, outputPath: outputPath)
    }

    deinit { stop() }

    /// The exit status once the process has ended (collected), else nil.
    var hasExited: Bool {
        if exitStatus != nil { return true }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid { exitStatus = status }
        return exitStatus != nil
    }

    /// SIGTERM, up to `grace` seconds to end, then SIGKILL; always collected.
    func stop(grace: Double = 5) {
        guard !hasExited else { return }
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(grace)
        while Date() < deadline {
            if hasExited { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        exitStatus = status
    }
}
