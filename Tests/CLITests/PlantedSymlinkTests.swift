import Foundation
import Testing

/// Nothing repatdash writes goes through a symbolic link planted where it
/// will write: replay's and generate's temporary files, replay's output
/// names, the `--log` file. Each link is planted before the command runs and
/// points at a victim file whose bytes must come out unchanged.
@Suite(.serialized) struct PlantedSymlinkTests {
    static let binary = RepatdashProcess.binary
    static let victimText = "a file the dashboard's user may write, but repatdash must not\n"

    /// A victim file outside the directory written into, and that directory.
    static func victimAndDirectory() throws -> (victim: String, scratch: ScratchDirectory, into: String) {
        let scratch = try ScratchDirectory()
        let victim = try scratch.write("victim.txt", victimText)
        let into = scratch.path + "/into"
        try FileManager.default.createDirectory(atPath: into, withIntermediateDirectories: true)
        return (victim, scratch, into)
    }

    static func plant(_ path: String, pointingAt target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    /// `replay-20261204T101500Z-0001.json`: the names replay writes, for each second around now.
    static func replayNames(secondsAround now: Date, sequences: ClosedRange<Int>) -> [String] {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return (-2...15).flatMap { offset in
            sequences.map { "replay-" + formatter.string(from: now.addingTimeInterval(Double(offset))) + "-000\($0).json" }
        }
    }

    @Test func replayWritesNeitherThroughAPlantedTemporaryNameNorThroughAPlantedOutputName() throws {
        let (victim, scratch, into) = try Self.victimAndDirectory()
        _ = scratch
        let names = Self.replayNames(secondsAround: Date(), sequences: 1...6)
        for name in names {
            // The old predictable temporary name, and the final name itself.
            try Self.plant(into + "/." + name + ".tmp", pointingAt: victim)
            try Self.plant(into + "/" + name, pointingAt: victim)
        }
        let result = try RepatdashProcess.run(["replay", "--from", RepatdashProcess.bundledSnapshots, "--into", into, "--every", "0"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == Self.victimText)
        // The six bundled snapshots went in as regular files, replacing the links planted under their names.
        let written = result.lines.filter { $0.hasPrefix("wrote ") }
        #expect(written.count == 6)
        for line in written {
            let path = String(line.dropFirst("wrote ".count).prefix { $0 != " " })
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect(attributes[.type] as? FileAttributeType == .typeRegular, "\(path)")
            #expect(RepatdashProcess.validates(path))
        }
    }

    @Test func generateDoesNotWriteThroughAPlantedTemporaryName() throws {
        let (victim, scratch, into) = try Self.victimAndDirectory()
        _ = scratch
        try Self.plant(into + "/.out.json.tmp", pointingAt: victim)
        try Self.plant(into + "/out.json.tmp", pointingAt: victim)
        let result = try RepatdashProcess.run(["generate", "--districts", "2", "--camps-per-district", "2", "--days", "3", "--out", into + "/out.json"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == Self.victimText)
        #expect(RepatdashProcess.validates(into + "/out.json"))
    }

    @Test func logRefusesAPlantedLinkUnlessAskedToFollowOne() throws {
        let (victim, scratch, into) = try Self.victimAndDirectory()
        let logPath = into + "/dashboard.log"
        try Self.plant(logPath, pointingAt: victim)
        let snapshot = RepatdashProcess.bundledSnapshots + "/2025-04-07T2100.json"
        let environment = ["LANG": "C.UTF-8", "TERM": "xterm-256color", "TZ": "Asia/Karachi"]

        let refused = try TmuxSession(width: 220, height: 20, command: "\(Self.binary) \(snapshot) --log \(logPath)", environment: environment)
        let screen = try refused.waitFor("EXIT STATUS")
        #expect(screen.contains("cannot open log file \(logPath): is a symbolic link"), "\(screen)")
        #expect(screen.contains("EXIT STATUS 2"))
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == Self.victimText)

        // The administrator's explicit choice: the link is followed and the lines land in its target.
        let followed = try TmuxSession(width: 120, height: 40,
                                       command: "\(Self.binary) \(snapshot) --log \(logPath) --log-follow-symlink --now 2025-04-07T21:30:00+05:00",
                                       environment: environment)
        try followed.waitFor("443,330")
        try followed.sendKeys("q")
        try followed.waitFor("EXIT STATUS 0")
        let text = try String(contentsOfFile: victim, encoding: .utf8)
        #expect(text.hasPrefix(Self.victimText))
        #expect(text.contains("repatdash started"))
        _ = scratch
    }
}

extension RepatdashProcess {
    /// True when `repatdash validate` accepts the file.
    static func validates(_ path: String) -> Bool {
        (try? run(["validate", path]).status) == 0
    }
}
