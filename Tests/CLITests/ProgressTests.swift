import Foundation
import Testing

/// A long first read (many large snapshots) shows how far it has got instead
/// of a blank screen, and q still quits in the middle of it.
@Suite(.serialized) struct ProgressTests {
    static let binary = RepatdashProcess.binary
    static let fileCount = 40

    /// 40 generated snapshots of about 3.6 MB (1,000 districts × 20 camps, 365 days × 6 points):
    /// one made by `repatdash generate`, the others copies of it.
    static func manyLargeSnapshots() throws -> (directory: ScratchDirectory, totalBytes: Int) {
        let directory = try ScratchDirectory()
        let first = directory.path + "/snapshot-00.json"
        let generated = try RepatdashProcess.run(["generate", "--out", first])
        try #require(generated.status == 0, "\(generated.standardError)")
        for index in 1..<fileCount {
            try FileManager.default.copyItem(atPath: first, toPath: directory.path + String(format: "/snapshot-%02d.json", index))
        }
        let size = try #require(FileManager.default.attributesOfItem(atPath: first)[.size] as? Int)
        return (directory, size * fileCount)
    }

    static func environment() -> [String: String] { ["LANG": "C.UTF-8", "TERM": "xterm-256color"] }

    @Test func startupShowsFilesAndMegabytesReadBeforeTheDashboard() throws {
        let (directory, totalBytes) = try Self.manyLargeSnapshots()
        let totalMegabytes = Int((Double(totalBytes) / 1_000_000).rounded())
        let tmux = try TmuxSession(width: 100, height: 30, command: "\(Self.binary) \(directory.path)", environment: Self.environment())
        let pattern = try Regex("Reading snapshots (\\d+)/\(Self.fileCount) · (\\d+)/\(totalMegabytes) MB")
        let progress = try tmux.waitUntil(timeout: 20, "the progress line") { $0.contains(pattern) }
        #expect(!progress.contains("Districts ("), "the progress box comes before the dashboard")
        #expect(progress.contains("q quit"))
        try tmux.waitFor("Districts (1,000)", timeout: 180)
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    /// A missing directory that comes back full is read in one batch: the
    /// box is drawn over the dashboard (still waiting for a snapshot), whose
    /// status line stays in view.
    @Test func manyFilesArrivingAtOnceShowProgressOverTheDashboard() throws {
        let (prepared, _) = try Self.manyLargeSnapshots()
        let parent = try ScratchDirectory()
        let watched = parent.path + "/snapshots"
        let tmux = try TmuxSession(width: 100, height: 30, command: "\(Self.binary) \(watched)", environment: Self.environment())
        try tmux.waitFor("! snapshot directory")
        try FileManager.default.moveItem(atPath: prepared.path, toPath: watched)
        let screen = try tmux.waitUntil(timeout: 20, "the progress box over the dashboard") { $0.contains("Reading snapshots") }
        #expect(screen.contains("No valid snapshot yet"), "the dashboard's status line shows beside the box")
        try tmux.waitFor("Districts (1,000)", timeout: 180)
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    @Test func quitInTheMiddleOfTheReadEndsAtOnceAndSaysSoInTheLog() throws {
        let (directory, _) = try Self.manyLargeSnapshots()
        let logs = try ScratchDirectory()
        let logPath = logs.path + "/dashboard.log"
        let tmux = try TmuxSession(width: 100, height: 30, command: "\(Self.binary) \(directory.path) --log \(logPath)",
                                   environment: Self.environment())
        try tmux.waitFor("Reading snapshots", timeout: 20)
        try tmux.sendKeys("q")
        // No stopwatch here (timings belong to `make bench`): the log's
        // "initial scan stopped … read=" below says q was seen between two
        // files, before all of them were read.
        let screen = try tmux.waitFor("EXIT STATUS 0", timeout: 30)
        #expect(!screen.contains("Districts ("))
        let log = try String(contentsOfFile: logPath, encoding: .utf8)
        #expect(log.contains("info initial scan stopped files=\(Self.fileCount) read="), "\(log)")
        let read = log.firstMatch(of: /initial scan stopped files=\d+ read=(\d+)/).flatMap { Int($0.1) }
        #expect(read.map { $0 < Self.fileCount } == true, "q stops the read before every file is read: \(log)")
        #expect(log.contains("info repatdash exiting reason=\"quit key\""))
    }

    /// The case seen live: with the filter open during a long read, `/ab`
    /// then `q` ended the dashboard, because the loading display read keys on
    /// its own. Every key now goes through the dashboard's one `update`: the
    /// `q` is a letter of the filter, the read goes on, the dashboard stays.
    @Test func qTypedIntoAnOpenFilterDuringALongReadIsALetterNotAnExit() throws {
        let (prepared, _) = try Self.manyLargeSnapshots()
        let watched = try ScratchDirectory()
        let small = try RepatdashProcess.run(["generate", "--out", watched.path + "/small.json", "--districts", "3", "--camps-per-district", "2",
                                              "--days", "10", "--generated-at", "2025-04-07T06:00:00+05:00"])
        try #require(small.status == 0, "\(small.standardError)")
        let tmux = try TmuxSession(width: 100, height: 30, command: "\(Self.binary) \(watched.path)", environment: Self.environment())
        try tmux.waitFor("Districts (3)")
        for index in 0..<Self.fileCount {
            let name = String(format: "/snapshot-%02d.json", index)
            try FileManager.default.moveItem(atPath: prepared.path + name, toPath: watched.path + name)
        }
        try tmux.waitFor("Reading snapshots", timeout: 20)
        try tmux.sendKeys("/")
        try tmux.type("ab")
        try tmux.sendKeys("q")
        // One whole frame with the filter and the box's hint (a capture can fall between two writes of a frame).
        let during = try tmux.waitUntil(timeout: 20, "the filter and the box naming Ctrl-C") {
            $0.contains("abq") && $0.contains("Ctrl-C quit")
        }
        #expect(during.contains("Reading snapshots"), "the keys were handled during the read: \(during)")
        let after = try tmux.waitUntil(timeout: 180, "the read over, the filter kept") { !$0.contains("Reading snapshots") && $0.contains("abq") }
        #expect(!after.contains("EXIT STATUS"), "the dashboard is still running: \(after)")
        // Esc closes the filter; now q quits.
        try tmux.sendKeys("Escape")
        _ = try tmux.waitUntil(timeout: 10, "the filter cleared") { !$0.contains("abq") }
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }
}
