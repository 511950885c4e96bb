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
        let pressed = Date()
        let screen = try tmux.waitFor("EXIT STATUS 0", timeout: 10)
        #expect(Date().timeIntervalSince(pressed) < 3, "q is seen between two files, not after all of them")
        #expect(!screen.contains("Districts ("))
        let log = try String(contentsOfFile: logPath, encoding: .utf8)
        #expect(log.contains("info initial scan stopped files=\(Self.fileCount) read="), "\(log)")
        #expect(log.contains("info repatdash exiting reason=\"quit key\""))
    }
}
