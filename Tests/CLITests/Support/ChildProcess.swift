import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts programs with posix_spawn, output to a file, and waits with waitpid.
/// Foundation's `Process.waitUntilExit` never returns for a child that leaves
/// a daemon behind (tmux and sshd start theirs that way).
enum ChildProcess {
    /// Starts `arguments` (the first a path, or a name looked up in PATH) and returns its pid.
    ///
    /// The child starts with an empty signal mask and default handlers:
    /// test-runner threads block most signals and a spawned program inherits
    /// that, so a tmux server would otherwise start with SIGTERM blocked and
    /// outlive `kill-server`.
    static func spawn(_ arguments: [String], outputPath: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), defaults = sigset_t()
        sigemptyset(&empty)
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGTERM, SIGPIPE, SIGCHLD, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw TmuxError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))") }
        return pid
    }

    /// Runs a program to completion; returns its exit status (128 + signal when killed).
    static func run(_ arguments: [String], outputPath: String) throws -> Int32 {
        let pid = try spawn(arguments, outputPath: outputPath)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw TmuxError("waitpid failed: \(String(cString: strerror(errno)))") }
        }
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
