import Foundation
import Testing

/// One snapshot file watched alone and rewritten in place by its producer
/// (truncated, half-written, then whole again): the last good figures stay on
/// screen, the bad version is said, and Change compares with the previous
/// good version of the same file.
@Suite(.serialized) struct RewrittenInPlaceTests {
    static let binary = RepatdashProcess.binary
    static let bundled = RepatdashProcess.bundledSnapshots

    /// Writes `bytes` over the file in place: opened, truncated, written, as
    /// a producer that does not rename does.
    static func writeInPlace(_ bytes: Data, to path: String) throws {
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: bytes)
        try handle.close()
    }

    @Test func truncatedThenHalfWrittenThenWholeAgain() throws {
        let directory = try ScratchDirectory()
        let file = directory.path + "/latest.json"
        let at0600 = try Data(contentsOf: URL(fileURLWithPath: Self.bundled + "/2025-04-07T0600.json"))
        let at2100 = try Data(contentsOf: URL(fileURLWithPath: Self.bundled + "/2025-04-07T2100.json"))
        try at0600.write(to: URL(fileURLWithPath: file))
        let logPath = directory.path + "/dashboard.log"
        let tmux = try TmuxSession(width: 200, height: 40, command: "\(Self.binary) \(file) --now 2025-04-07T21:30:00+05:00 --log \(logPath)",
                                   environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        // All districts at 06:00 (the bundled sample); one file alone has nothing to compare with yet.
        let first = try tmux.waitFor("444,009")
        #expect(first.contains("2025-04-07 06:00"))

        // Truncated: the figures stay, the empty file is said.
        try Self.writeInPlace(Data(), to: file)
        let truncated = try tmux.waitFor("the file is empty", timeout: 5)
        #expect(truncated.contains("! 1 rejected: latest.json (last good kept)"), "\(truncated)")
        #expect(truncated.contains("444,009"))
        #expect(truncated.contains("2025-04-07 06:00"))
        #expect(!truncated.contains("No valid snapshot yet"))

        // Half-written (the 21:00 file cut in the middle of its districts): still the last good figures.
        try Self.writeInPlace(at2100.prefix(3000), to: file)
        let half = try tmux.waitFor("unexpected end of file", timeout: 5)
        #expect(half.contains("! 1 rejected: latest.json (last good kept)"), "\(half)")
        #expect(half.contains("444,009"))

        // Whole again, at 21:00: its figures, and Change against 06:00, the
        // previous good version of the same file: 443,330 − 444,009 = −679.
        try Self.writeInPlace(at2100, to: file)
        let whole = try tmux.waitFor("443,330", timeout: 5)
        #expect(whole.contains("2025-04-07 21:00"))
        #expect(whole.contains("▼ -679"), "\(whole)")
        #expect(!whole.contains("rejected"))
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
        // The log says each bad version, and that the last good figures stayed.
        let kept = try String(contentsOfFile: logPath, encoding: .utf8).split(separator: "\n")
            .filter { $0.contains("warning snapshot rejected") && $0.contains("file=\(file)") && $0.contains("last_good_kept=true") }
        #expect(kept.count == 2, "\(kept)")
    }
}
