import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Processes as /proc shows them: to find a dashboard that another program
/// (sshd, script) started, and to see whether it has ended.
enum ProcessTable {
    /// The command line of `pid`, or nil when it has gone (or is a zombie: empty).
    static func arguments(of pid: pid_t) -> [String]? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"), !data.isEmpty else { return nil }
        return data.split(separator: 0, omittingEmptySubsequences: false).dropLast().map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every process whose command line satisfies `predicate`.
    static func processes(where predicate: ([String]) -> Bool) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.filter { pid in
            guard pid != getpid(), let arguments = arguments(of: pid) else { return false }
            return predicate(arguments)
        }
    }

    /// Dashboards run from `binary` with `marker` among their arguments
    /// (a per-test snapshot directory, so tests never see each other's).
    static func dashboards(binary: String, marker: String) -> [pid_t] {
        processes { $0.first == binary && $0.dropFirst().contains(marker) }
    }

    /// True while `pid` exists and has not ended (a zombie has ended: only
    /// its parent has not collected its status yet).
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: close)...].drop { $0 == " " }.first
        return state != "Z" && state != "X"
    }

    /// Waits up to `timeout` seconds for `pid` to end; true when it did.
    static func waitUntilEnded(_ pid: pid_t, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !isRunning(pid) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return !isRunning(pid)
    }

    /// Waits up to `timeout` seconds for exactly one process to match; nil if none did.
    static func waitForOne(timeout: Double, where predicate: @escaping ([String]) -> Bool) -> pid_t? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let found = processes(where: predicate)
            if found.count == 1 { return found[0] }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    static func children(of pid: pid_t) -> [pid_t] {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8) else { return [] }
        return text.split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// The first child of `pid`, waiting up to `timeout` seconds for it to start.
    static func firstChild(of pid: pid_t, timeout: Double = 5) -> pid_t? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let child = children(of: pid).first { return child }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    /// Sends a signal by name (`TERM`, `QUIT`) with kill(1), as an operator would.
    static func send(_ signal: String, to pid: pid_t) throws {
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/bin/kill")
        kill.arguments = ["-\(signal)", "\(pid)"]
        try kill.run()
        kill.waitUntilExit()
    }

    /// SIGKILL to every leftover process (a safety net after a failed test).
    static func killAll(_ pids: [pid_t]) {
        for pid in pids { kill(pid, SIGKILL) }
    }
}
