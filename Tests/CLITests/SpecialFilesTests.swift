import Foundation
import Testing

/// A FIFO, or any file that is not a regular one, where a snapshot, the
/// config or the log is expected: refused at once with its kind named, never
/// waited on. Each command runs in tmux, so one that hangs fails the test by
/// timing out instead of hanging the suite.
@Suite(.serialized) struct SpecialFilesTests {
    static let binary = RepatdashProcess.binary
    static let environment = ["LANG": "C.UTF-8", "TERM": "xterm-256color", "TZ": "Asia/Karachi"]

    static func makeFIFO(_ path: String) throws {
        let mkfifo = Process()
        mkfifo.executableURL = URL(fileURLWithPath: "/usr/bin/mkfifo")
        mkfifo.arguments = [path]
        try mkfifo.run()
        mkfifo.waitUntilExit()
        try #require(mkfifo.terminationStatus == 0, "mkfifo \(path)")
    }

    /// A directory with the bundled 21:00 snapshot and a FIFO named `stuck.json` that no one writes.
    static func directoryWithFIFO() throws -> ScratchDirectory {
        let directory = try ScratchDirectory()
        try LiveDashboardTests.publish("2025-04-07T2100.json", as: "a.json", into: directory.path)
        try makeFIFO(directory.path + "/stuck.json")
        return directory
    }

    @Test func dashboardShowsTheGoodSnapshotCountsTheFIFORejectedAndQuitsOnQ() throws {
        let directory = try Self.directoryWithFIFO()
        let tmux = try TmuxSession(width: 120, height: 40,
                                   command: "\(Self.binary) \(directory.path) --now 2025-04-07T21:30:00+05:00",
                                   environment: Self.environment)
        // 443,330: the bundled 21:00 total for all districts.
        try tmux.waitForSettledScreen(showing: ["443,330", "! 1 rejected"])
        // A FIFO created while it runs is refused as well, and the keys still work.
        try Self.makeFIFO(directory.path + "/later.json")
        try tmux.waitFor("! 2 rejected")
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    @Test func validateNamesTheFIFOAndTheFileIsNeverOpenedForAWriter() throws {
        let directory = try Self.directoryWithFIFO()
        let fifo = directory.path + "/stuck.json"
        for arguments in [fifo, directory.path] {
            let tmux = try TmuxSession(width: 200, height: 20, command: "\(Self.binary) validate \(arguments)", environment: Self.environment)
            let screen = try tmux.waitFor("EXIT STATUS")
            #expect(screen.contains("\(fifo): $: not a regular file: a FIFO"), "\(screen)")
            #expect(screen.contains("EXIT STATUS 1"))
        }
    }

    @Test func renderOfADirectoryWithAFIFODrawsTheGoodSnapshot() throws {
        let directory = try Self.directoryWithFIFO()
        let tmux = try TmuxSession(width: 200, height: 60,
                                   command: "\(Self.binary) render \(directory.path) --size 120x30 --now 2025-04-07T21:30:00+05:00 2>/dev/null",
                                   environment: Self.environment)
        let screen = try tmux.waitFor("EXIT STATUS")
        #expect(screen.contains("443,330"), "\(screen)")
        #expect(screen.contains("EXIT STATUS 0"))
    }

    @Test func renderOfTheFIFOItselfSaysWhatItIs() throws {
        let directory = try Self.directoryWithFIFO()
        let tmux = try TmuxSession(width: 200, height: 40, command: "\(Self.binary) render \(directory.path)/stuck.json --size 120x24",
                                   environment: Self.environment)
        // render draws what it has (no snapshot) and says on the status line why.
        let screen = try tmux.waitFor("EXIT STATUS")
        #expect(screen.contains("! 1 rejected: stuck.json: $: not a regular file: a FIFO"), "\(screen)")
    }

    @Test func logIntoAFIFOWithNoReaderIsAUsageErrorAtOnce() throws {
        let directory = try Self.directoryWithFIFO()
        let logPath = directory.path + "/log.fifo"
        try Self.makeFIFO(logPath)
        let tmux = try TmuxSession(width: 200, height: 20,
                                   command: "\(Self.binary) \(directory.path)/a.json --log \(logPath)", environment: Self.environment)
        let screen = try tmux.waitFor("EXIT STATUS")
        #expect(screen.contains("cannot open log file \(logPath): is a FIFO with no reader"), "\(screen)")
        #expect(screen.contains("EXIT STATUS 2"))
    }

    @Test func configThatIsAFIFOIsAnErrorNotAWait() throws {
        let directory = try Self.directoryWithFIFO()
        let config = directory.path + "/config.toml"
        try Self.makeFIFO(config)
        let tmux = try TmuxSession(width: 200, height: 20,
                                   command: "\(Self.binary) render \(directory.path)/a.json --config \(config) --size 80x24",
                                   environment: Self.environment)
        let screen = try tmux.waitFor("EXIT STATUS")
        #expect(screen.contains("cannot read the config file: not a regular file: a FIFO"), "\(screen)")
        #expect(!screen.contains("EXIT STATUS 0"))
    }
}

/// The dashboard in a terminal larger than its grid: it draws 1000 × 1000 cells in the top-left corner.
@Suite struct HugeTerminalTests {
    @Test func theGridStopsAtAThousandCellsEachWay() throws {
        let tmux = try TmuxSession(width: 1100, height: 1040,
                                   command: "\(RepatdashProcess.binary) \(RepatdashProcess.bundledSnapshots) --now 2025-04-07T21:30:00+05:00",
                                   environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color", "TZ": "Asia/Karachi"])
        // A million cells take a while in a debug build on a busy machine: a generous wait.
        let screen = try tmux.waitForSettledScreen(timeout: 90, "the dashboard drawn") { $0.contains("443,330") && $0.contains("Snapshot 2025-04-07 21:00") }
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Row 1000 (index 999) is the status line; nothing below it, nothing right of column 1000.
        #expect(lines[999].contains("Snapshot 2025-04-07 21:00"), "\(lines.count) lines")
        #expect(lines.dropFirst(1000).allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty })
        #expect(lines.allSatisfy { Array($0).dropFirst(1000).allSatisfy { $0 == " " } })
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0", timeout: 30)
    }
}
