import Foundation
import Testing

/// Not only the dashboard's screen: every line a command prints (validate's
/// findings, config errors, render's errors, the unknown-TERM message) goes
/// to a terminal too, and file names, TOML keys and values, TERM and the
/// snapshot's text are not ours. In the raw bytes of the output there must be
/// no ESC, no other C0 control but the line feed, no DEL, no C1 control and
/// no bidi control; each shows as an escape (`\u{1B}`) instead.
@Suite(.serialized) struct TerminalSafeOutputTests {
    /// A file name with an OSC title set, a clear screen, a newline (a forged
    /// second line), a right-to-left override, an 8-bit CSI and DEL.
    static let hostileName = "Hostile\u{1B}]0;pwned\u{07}\u{1B}[2J\n\u{202E}nosj\u{9B}31m\u{7F}.json"
    /// How every message shows that name: each control as an escape.
    static let hostileNameShown = #"Hostile\u{1B}]0;pwned\u{7}\u{1B}[2J\n\u{202E}nosj\u{9B}31m\u{7F}.json"#

    /// The hostile screen snapshot, with an unknown member whose key holds a
    /// clear screen and a bidi override (a warning that names the key).
    static func snapshotWithHostileKey() -> String {
        HostileTextTests.snapshotJSON().replacingOccurrences(
            of: "\"schema_version\": 1,", with: "\"schema_version\": 1, \"x\\u001b[2J\u{202E}q\": 1,")
    }

    /// A camp status that is not one of the three, holding a title set and a bidi override.
    static func snapshotWithHostileStatus() -> String {
        HostileTextTests.snapshotJSON().replacingOccurrences(
            of: "\"status\": \"open\"", with: "\"status\": \"open\\u001b]0;pwned\\u0007\u{202E}\"")
    }

    @Test func validatePrintsHostileNamesAndDataEscaped() throws {
        let directory = try ScratchDirectory()
        try directory.write(Self.hostileName, Self.snapshotWithHostileKey())
        try directory.write("bad-status.json", Self.snapshotWithHostileStatus())
        let result = try RepatdashProcess.run(["validate", directory.path])
        #expect(result.status == 1, "\(result.standardOutput)\(result.standardError)")
        #expect(RawControls.found(in: result.standardOutputBytes) == [], "\(result.standardOutput.debugDescription)")
        #expect(RawControls.found(in: result.standardErrorBytes) == [])
        let output = result.standardOutput
        // Each finding is one line that starts with the file name, escaped.
        let hostileLines = result.lines.filter { $0.hasPrefix(directory.path + "/" + Self.hostileNameShown + ": ") }
        #expect(hostileLines.contains { $0.contains(#"["x\u001b[2J\u202eq"]: warning: unknown field"#) }, "\(output)")
        #expect(hostileLines.contains { $0.contains("contains control characters") }, "\(output)")
        #expect(output.contains(#"bad-status.json: districts[0].camps[0].status: unknown status "open\u{1B}]0;pwned\u{7}\u{202E}""#), "\(output)")
        #expect(output.contains("2 files checked: 1 valid, 1 invalid"), "\(output)")
    }

    @Test func validateJSONKeepsTheNamesExactlyAndTheBytesSafe() throws {
        let directory = try ScratchDirectory()
        try directory.write(Self.hostileName, Self.snapshotWithHostileKey())
        let result = try RepatdashProcess.run(["validate", "--json", directory.path])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(RawControls.found(in: result.standardOutputBytes) == [], "\(result.standardOutput.debugDescription)")
        // \u escapes in JSON strings mean the same characters: the name reads back exactly.
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutputBytes)) as? [String: Any])
        let files = try #require(root["files"] as? [[String: Any]])
        #expect(files.first?["file"] as? String == directory.path + "/" + Self.hostileName)
    }

    @Test func configErrorsShowHostileKeysValuesAndFileNamesEscaped() throws {
        let directory = try ScratchDirectory()
        let name = "conf\u{1B}[2J\u{202E}.toml"
        try directory.write(name, """
            "k\\u001b]0;t\\u0007\\u202e" = 1
            theme = "x\\u001b[2J\\u202e"
            sort = "\\u009b31m"
            """)
        let result = try RepatdashProcess.run(["render", "--config", directory.path + "/" + name, RepatdashProcess.bundledSnapshots])
        #expect(result.status == 2, "\(result.standardError)")
        #expect(RawControls.found(in: result.standardErrorBytes) == [], "\(result.standardError.debugDescription)")
        let shownFile = directory.path + "/" + #"conf\u{1B}[2J\u{202E}.toml"#
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix(shownFile + ":1: unknown key \"k\\u{1B}]0;t\\u{7}\\u{202E}\"") }, "\(lines)")
        #expect(lines.contains(shownFile + #":2: theme: "x\u{1B}[2J\u{202E}" is not a theme (themes: default, high-contrast, monochrome)"#), "\(lines)")
        #expect(lines.contains { $0.hasPrefix(shownFile + #":3: sort: "\u{9B}31m" is not a sort"#) }, "\(lines)")
    }

    @Test func renderErrorsShowHostileArgumentsEscaped() throws {
        let result = try RepatdashProcess.run(["render", "--point", "Tork\u{1B}]0;pwned\u{07}\u{202E}", RepatdashProcess.bundledSnapshots])
        #expect(result.status == 2, "\(result.standardError)")
        #expect(RawControls.found(in: result.standardErrorBytes) == [], "\(result.standardError.debugDescription)")
        #expect(result.standardError.contains(#"no crossing point named Tork\u{1B}]0;pwned\u{7}\u{202E} in the snapshot"#), "\(result.standardError)")
    }

    /// An unknown TERM is echoed in the message that the terminal cannot be
    /// opened; run under script(1) so the output really is a terminal.
    @Test func anUnknownTermIsEchoedEscaped() throws {
        let recording = try ScratchDirectory()
        let output = recording.path + "/output"
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "evil\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-q", "-e", "-c", "\(RepatdashProcess.binary) \(RepatdashProcess.bundledSnapshots)", "/dev/null"]
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        FileManager.default.createFile(atPath: output, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        // The pty turns each line feed into CR LF; that CR is the terminal's, not the program's.
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: output)))
        bytes = Self.removingCarriageReturnsBeforeLineFeeds(bytes)
        #expect(RawControls.found(in: bytes) == [], "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
        #expect(String(decoding: bytes, as: UTF8.self).contains(#"cannot open terminal "evil\u{1B}]0;pwned\u{7}\u{1B}[2J\u{202E}" (no terminfo entry?)"#))
    }

    static func removingCarriageReturnsBeforeLineFeeds(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        for (index, byte) in bytes.enumerated() where !(byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
            result.append(byte)
        }
        return result
    }

    /// Foundation's wording ("The operation could not be completed",
    /// "NSCocoaErrorDomain error 512") never reaches the operator: the path
    /// and the C library's reason do.
    @Test func fileErrorsAreSaidInPlainWords() throws {
        let directory = try ScratchDirectory()
        let file = try directory.write("plain-file", "x")
        let generate = try RepatdashProcess.run(["generate", "--out", file + "/below/x.json"])
        #expect(generate.status == 1)
        #expect(generate.standardError == "Error: cannot write \(file)/below/x.json: Not a directory\n")
        let sample = try RepatdashProcess.run(["generate", "--sample", "--out", file + "/below"])
        #expect(sample.standardError == "Error: cannot write \(file)/below: Not a directory\n")
        let validate = try RepatdashProcess.run(["validate", file + "/"])
        #expect(validate.standardOutput.hasPrefix("\(file)/: $: cannot open: Not a directory\n"), "\(validate.standardOutput)")
        for result in [generate, sample, validate] {
            let all = result.standardOutput + result.standardError
            #expect(!all.contains("NSCocoaErrorDomain") && !all.contains("operation could not be completed") && !all.contains("Error Domain"), "\(all)")
        }
    }
}
