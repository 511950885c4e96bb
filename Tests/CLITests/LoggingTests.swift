import Foundation
import Testing

/// `--log FILE`: operational messages go to the file, one escaped line each,
/// and never to the terminal the dashboard draws on.
@Suite(.serialized) struct LoggingTests {
    static let binary = RepatdashProcess.binary
    static let bundled = RepatdashProcess.bundledSnapshots
    /// `2025-04-07T21:30:00.125+05:00 warning message key=value`, in the time zone the test sets.
    static var linePattern: Regex<(Substring, Substring)> { #/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+05:00 (debug|info|notice|warning|error) \S/# }
    /// The start of a snapshot that stops mid-way, as a producer killed while writing leaves it.
    static let truncatedSnapshot = "{\"schema_version\": 1, \"generated_at\": \"2025-04-07T22:00:00+05:00\", \"districts\": ["

    static func environment() -> [String: String] {
        ["LANG": "C.UTF-8", "TERM": "xterm-256color", "TZ": "Asia/Karachi"]
    }

    /// What `repatdash validate` says about `text`, without the file name: the error the log must carry.
    static func firstValidationError(of text: String) throws -> String {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("check.json", text)
        let line = try #require(try RepatdashProcess.run(["validate", path]).lines.first)
        return String(line.dropFirst(path.count + 2))
    }

    @Test func filesReadAndRejectedSignalAndExitAreLoggedAndNeverShown() throws {
        let directory = try ScratchDirectory()
        let logs = try ScratchDirectory()
        let logPath = logs.path + "/dashboard.log"
        try LiveDashboardTests.publish("2025-04-07T0600.json", as: "a.json", into: directory.path)
        let tmux = try TmuxSession(width: 120, height: 40,
                                   command: "\(Self.binary) \(directory.path) --log \(logPath) --now 2025-04-07T21:30:00+05:00",
                                   environment: Self.environment())
        try tmux.waitFor("444,009")

        // A producer's broken file with a name made to disturb a terminal, then a good snapshot.
        let hostileName = "bad\u{1B}[2J\nname.json"
        try directory.write(hostileName, Self.truncatedSnapshot)
        try LiveDashboardTests.publish("2025-04-07T2100.json", as: "b.json", into: directory.path)
        let screen = try tmux.waitForSettledScreen(showing: ["443,330", "! 1 rejected"])
        let pid = try tmux.childProcessID()
        try ProcessTable.send("TERM", to: pid)
        let after = try tmux.waitFor("EXIT STATUS", timeout: 5)

        let log = try String(contentsOfFile: logPath, encoding: .utf8)
        let lines = log.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.last == "", "the file ends with a newline")
        for line in lines.dropLast() {
            #expect(line.firstMatch(of: Self.linePattern) != nil, "not a log line: \(line)")
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value <= 0x9F) }, "a control character in \(line)")
        }
        #expect(lines.first?.contains("info repatdash started") == true)
        #expect(lines.first?.contains("version=0.1.0") == true)
        #expect(lines.first?.contains("path=\(directory.path)") == true)
        #expect(lines.contains { $0.contains("info snapshot read file=\(directory.path)/a.json") })
        #expect(lines.contains { $0.contains("info snapshot read file=\(directory.path)/b.json") })
        // The name escaped, and the error `validate` gives (the file may be seen half written first: any line will do).
        let escapedName = "file=\"\(directory.path)/bad\\u{1B}[2J\\nname.json\""
        let error = try Self.firstValidationError(of: Self.truncatedSnapshot)
        let quotedError = "first_error=\"\(error.replacingOccurrences(of: "\"", with: "\\\""))\""
        #expect(lines.contains { $0.contains("warning snapshot rejected") && $0.contains(escapedName) && $0.contains(quotedError) },
                "a line with \(escapedName) and \(quotedError) in:\n\(log)")
        #expect(lines.contains { $0.contains("notice signal received signal=SIGTERM") })
        #expect(lines.dropLast().last?.contains("info repatdash exiting reason=SIGTERM") == true)

        // Nothing of it on the screen, during or after.
        for text in [screen, after] {
            #expect(!text.contains("snapshot rejected") && !text.contains("repatdash started") && !text.contains("SIGTERM"))
        }
        let permissions = try #require(FileManager.default.attributesOfItem(atPath: logPath)[.posixPermissions] as? Int)
        #expect(permissions & ~0o640 == 0, "created with mode 0640 (less the umask), got \(String(permissions, radix: 8))")
    }

    @Test func appendsToAnExistingFileAndKeepsOnlyTheChosenLevels() throws {
        let directory = try ScratchDirectory()
        try LiveDashboardTests.publish("2025-04-07T2100.json", as: "a.json", into: directory.path)
        try directory.write("broken.json", Self.truncatedSnapshot)
        let logs = try ScratchDirectory()
        let logPath = try logs.write("dashboard.log", "a line from before\n")
        let tmux = try TmuxSession(width: 100, height: 30,
                                   command: "\(Self.binary) \(directory.path) --log \(logPath) --log-level warning --now 2025-04-07T21:30:00+05:00",
                                   environment: Self.environment())
        try tmux.waitForSettledScreen(showing: ["443,330", "! 1 rejected"])
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")

        let lines = try String(contentsOfFile: logPath, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.first == "a line from before")
        #expect(lines.count == 2, "only the rejected file is a warning: \(lines)")
        #expect(lines.last?.contains("warning snapshot rejected errors=1 file=\(directory.path)/broken.json first_error=\"") == true, "\(lines)")
    }

    @Test func debugLevelLogsResizes() throws {
        let logs = try ScratchDirectory()
        let logPath = logs.path + "/dashboard.log"
        let tmux = try TmuxSession(width: 100, height: 30,
                                   command: "\(Self.binary) \(Self.bundled) --log \(logPath) --log-level debug",
                                   environment: Self.environment())
        try tmux.waitFor("Haripur")
        try tmux.resize(width: 120, height: 35)
        try tmux.waitUntil("the log to show the resize") { _ in
            (try? String(contentsOfFile: logPath, encoding: .utf8))?.contains("debug terminal resized columns=120 rows=35") == true
        }
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
        let log = try String(contentsOfFile: logPath, encoding: .utf8)
        #expect(log.contains("debug terminal started"))
        #expect(log.contains("debug reading snapshot file="))
        #expect(log.contains("info repatdash exiting reason=\"quit key\""))
    }

    @Test func withoutLogNothingIsWrittenAnywhere() throws {
        let workingDirectory = try ScratchDirectory()
        let tmux = try TmuxSession(width: 100, height: 30, command: "cd \(workingDirectory.path) && \(Self.binary) \(Self.bundled) 2>&1",
                                   environment: Self.environment())
        try tmux.waitFor("Haripur")
        try tmux.sendKeys("q")
        let after = try tmux.waitFor("EXIT STATUS 0")
        #expect(after.trimmingCharacters(in: .whitespacesAndNewlines) == "EXIT STATUS 0", "nothing printed: \(after)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: workingDirectory.path).isEmpty)
    }

    @Test(arguments: [("/nonexistent-repatdash-dir/dash.log", "No such file or directory"), ("/", "Is a directory")])
    func unusableLogPathIsAUsageErrorBeforeTheTerminal(_ path: String, _ reason: String) throws {
        let result = try RepatdashProcess.run([Self.bundled, "--log", path])
        #expect(result.status == 2)
        #expect(result.standardError == "repatdash: cannot open log file \(path): \(reason)\n")
        #expect(result.standardOutput.isEmpty, "the terminal was never started")
    }
}
