import Foundation
import Testing

/// Numbers on the command line and in the config file out of range are usage
/// errors, never a trap; what `generate` and `replay` write always validates;
/// a config file that is broken or hidden is an error, never silently skipped.
@Suite struct ArgumentBoundsTests {
    static let snapshots = RepatdashProcess.bundledSnapshots

    /// repatdash's exit status for a usage error; a trap would be 132 (SIGILL).
    static let usageError: Int32 = 2

    @Test(arguments: [
        (["replay", "--every", "1e16"], "--every must be from 0 to 86400 seconds (a day), got 1e+16"),
        (["replay", "--every", "86400.5"], "--every must be from 0 to 86400 seconds (a day), got 86400.5"),
        (["replay", "--every", "nan"], "--every must be from 0 to 86400 seconds (a day), got nan"),
        (["replay", "--keep", "1000001"], "--keep must be from 0 (keep all) to 1000000, got 1000001"),
        (["generate", "--districts", "1000001"], "--districts must be from 0 to 1000000, got 1000001."),
        (["generate", "--camps-per-district=-1"], "--camps-per-district must be from 0 to 10000, got -1."),
        (["generate", "--points", "1001"], "--points must be from 0 to 1000, got 1001."),
        (["generate", "--count", "100001", "--out", "/tmp"], "--count must be from 1 to 100000, got 100001."),
        (["generate", "--interval-minutes", "5256001"], "--interval-minutes must be from 1 to 5256000 (ten years), got 5256001."),
        (["config", "--print", "--stale-after", "1e300"], "--stale-after must be more than 0 and at most 525600 minutes (a year), got 1e+300"),
    ])
    func outOfRangeNumbersAreUsageErrors(arguments: [String], message: String) throws {
        var full = arguments
        if arguments[0] == "replay" { full += ["--from", Self.snapshots, "--into", NSTemporaryDirectory() + "repatdash-never-written"] }
        let result = try RepatdashProcess.run(full)
        #expect(result.status == Self.usageError, "\(result.standardError)")
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: NSTemporaryDirectory() + "repatdash-never-written"))
    }

    @Test func generateRefusesASnapshotWhoseDatesFallBeforeYearOne() throws {
        let scratch = try ScratchDirectory()
        let out = scratch.path + "/a.json"
        // Five days of crossings ending 0001-01-02: three of them would be in year 0, which no date may be.
        let result = try RepatdashProcess.run(["generate", "--districts", "1", "--camps-per-district", "1", "--days", "5", "--points", "1",
                                               "--generated-at", "0001-01-02T00:00:00+00:00", "--out", out])
        #expect(result.status != 0)
        #expect(result.standardError.contains("the snapshot would not validate: crossings[0].date: must be a date YYYY-MM-DD that exists, got \"0000-12-29\""),
                "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path) == [])
    }

    @Test func generateWritesOnlySnapshotsThatValidate() throws {
        let scratch = try ScratchDirectory()
        // Near the end of year 9999, the next day's crossings and deadlines months ahead would land in year 10000.
        let result = try RepatdashProcess.run(["generate", "--districts", "1", "--camps-per-district", "1", "--days", "2", "--points", "1",
                                               "--generated-at", "9999-12-31T23:00:00+00:00", "--count", "3", "--interval-minutes", "120",
                                               "--out", scratch.path + "/seq"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("cannot generate 9999-12-31T19:00:00Z: the snapshot would not validate: "), "\(result.standardError)")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: scratch.path + "/seq")) ?? []
        for name in written { #expect(RepatdashProcess.validates(scratch.path + "/seq/" + name), "\(name)") }
    }

    @Test func replaySkipsASnapshotThatWouldNoLongerValidate() throws {
        let scratch = try ScratchDirectory()
        let from = scratch.path + "/from"
        try FileManager.default.createDirectory(atPath: from, withIntermediateDirectories: true)
        // Valid as it is (2025); replayed now, every date moves forward by the days since, and a deadline
        // due on the last day of 9999 would move into year 10000.
        let bundled = try String(contentsOfFile: Self.snapshots + "/2025-04-07T2100.json", encoding: .utf8)
        let lastDay = bundled.replacing(#/"due": "[^"]*"/#, maxReplacements: 1) { _ in "\"due\": \"9999-12-31T00:00:00+05:00\"" }
        #expect(lastDay != bundled)
        try Data(lastDay.utf8).write(to: URL(fileURLWithPath: from + "/a.json"))
        #expect(RepatdashProcess.validates(from + "/a.json"))
        let result = try RepatdashProcess.run(["replay", "--from", from, "--into", scratch.path + "/into", "--every", "0"])
        #expect(result.standardOutput.contains("skipped \(from)/a.json: the snapshot would not validate: deadlines["), "\(result.standardOutput)")
        #expect(result.status == 1)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: scratch.path + "/into")) ?? []).isEmpty)
    }

    @Test func aNULInTheConfigIsAnErrorAtItsLine() throws {
        let home = try ConfigurationTests.ConfigHome("theme = \"monochrome\"\nsort = \"name\"\u{0}\nstale_after_minutes = -1\n")
        let result = try RepatdashProcess.run(["config", "--print"], environment: home.environment)
        #expect(result.status != 0)
        #expect(result.standardError.contains("\(home.file):2: a NUL byte (0x00); a config file is text"), "\(result.standardError)")
    }

    @Test func aConfigInADirectoryThatCannotBeSearchedIsAnErrorNotAbsent() throws {
        let home = try ConfigurationTests.ConfigHome("theme = \"monochrome\"\n")
        // The config's own directory may not be searched by the user running repatdash.
        var command = [RepatdashProcess.binary, "config", "--print"]
        if getuid() == 0 {
            // root searches anything: run as nobody, for whom mode 0700 of a root-owned directory means no entry.
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: home.path)
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: home.path + "/repatdash")
            command = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] + command
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: home.path + "/repatdash")
        }
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: home.path + "/repatdash") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.environment = home.environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(text.contains("\(home.file): cannot look for the config file: Permission denied"), "\(text)")
    }
}
