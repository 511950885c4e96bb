import Foundation

/// A real terminal: a detached tmux session on its own server socket, driven
/// with send-keys and read with capture-pane, as an operator's terminal would be.
final class TmuxSession {
    let socket = "repatdash-test-\(UUID().uuidString.prefix(8))"
    let name = "dash"
    let directory: String

    /// Starts `command` under `sh -c` in a `width` × `height` terminal. The
    /// shell records `stty -g` before and after the command, so a test can
    /// check that the terminal was left as it was found.
    init(width: Int, height: Int, command: String, environment: [String: String] = [:]) throws {
        directory = NSTemporaryDirectory() + socket
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // An empty config home of its own first (a test's own XDG_CONFIG_HOME
        // comes later and wins), so a config file in the real ~/.config never
        // changes what a test sees.
        let configHome = "export XDG_CONFIG_HOME='\(directory)/config';"
        let exports = ([configHome] + environment.map { "export \($0.key)='\($0.value)';" }).joined(separator: " ")
        // The terminal's settings after the command are saved before "EXIT STATUS" shows,
        // so a test that waits for it never reads them half written (seen under load).
        let script = "\(exports) stty -g > \(directory)/stty-before; \(command); status=$?; stty -g > \(directory)/stty-after; "
            + "echo \"EXIT STATUS $status\"; sleep 600"
        try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", "sh", "-c", script])
    }

    /// An interactive bash at 100×30 with the prompt `prompt$ ` showing, for
    /// tests that run the dashboard as a job (Ctrl-Z, `fg`, Ctrl-\\) and read
    /// the shell's answer after it.
    static func interactiveShell() throws -> TmuxSession {
        let tmux = try TmuxSession(width: 100, height: 30, command: "bash --norc --noprofile -i",
                                   environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color", "PS1": "prompt$ "])
        try tmux.waitFor("prompt$")
        return tmux
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: directory)
    }

    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Types text literally (no key-name lookup).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Writes these bytes to the program as a terminal would (`send-keys -H`):
    /// escape sequences such as mouse reports, byte for byte.
    func sendBytes(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-H"] + text.utf8.map { String(format: "%02x", $0) })
    }

    /// An SGR 1006 mouse report for a cell counted from 0, as xterm sends it:
    /// `ESC [ < button ; column+1 ; row+1 M` (a press) or `m` (a release).
    static func mouseReport(button: Int, row: Int, col: Int, release: Bool = false) -> String {
        "\u{1B}[<\(button);\(col + 1);\(row + 1)" + (release ? "m" : "M")
    }

    /// A left click (press and release) at a cell counted from 0.
    static func click(row: Int, col: Int) -> String {
        mouseReport(button: 0, row: row, col: col) + mouseReport(button: 0, row: row, col: col, release: true)
    }

    /// The pane's mouse modes as tmux tracks them from what the program sent:
    /// "1 1" while it asks for button reports in SGR form, "0 0" once it has given them up.
    func mouseModes() throws -> String {
        try tmux(["display-message", "-p", "-t", name, "#{mouse_standard_flag} #{mouse_sgr_flag}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    func capture() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    /// Waits until the screen shows `text` (or satisfies `condition`); returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitUntil(timeout: timeout, "screen to show \(text)") { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(timeout: Double = 10, _ what: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError("timed out waiting for \(what); the screen was:\n\(screen)")
    }

    /// The process the pane's shell started (the dashboard).
    func childProcessID() throws -> Int32 {
        let shell = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let pid = pid_t(shell), let child = ProcessTable.firstChild(of: pid) else {
            throw TmuxError("no child process under the pane's shell \(shell)")
        }
        return child
    }

    /// Waits for a file the pane's shell writes (after the command ends).
    func waitForFile(_ name: String, timeout: Double = 5) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let text = file(name), !text.isEmpty { return text }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError("timed out waiting for \(name)")
    }

    /// True once the program rang the terminal bell: tmux flags the window
    /// (the session is detached, so the flag stays until it is cleared).
    func bellRang() throws -> Bool {
        try tmux(["display-message", "-p", "-t", name, "#{window_bell_flag}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    func file(_ name: String) -> String? {
        try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputPath = directory + "/tmux-output-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let status = try ChildProcess.run(["tmux", "-L", socket, "-f", "/dev/null"] + arguments, outputPath: outputPath)
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else { throw TmuxError("tmux \(arguments.joined(separator: " ")) failed: \(text)") }
        return text
    }
}

struct TmuxError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
