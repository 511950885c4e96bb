import Foundation
import Testing

@Suite struct ValidateCommandTests {
    static let minimal = """
    {"schema_version": 1, "generated_at": "2025-04-07T18:00:00+05:00", "districts": [
      {"id": "kp-peshawar", "name": "Peshawar", "province": "Khyber Pakhtunkhwa", "camps": [
        {"id": "kp-peshawar-khazana", "name": "Khazana", "status": "open", "population": 14210}]}],
     "crossings": [], "deadlines": []}
    """

    @Test func bundledSampleSnapshotsAreValid() throws {
        let result = try RepatdashProcess.run(["validate", RepatdashProcess.bundledSnapshots, "--now", "2025-04-07T21:00:00+05:00"])
        #expect(result.status == 0, "\(result.standardOutput)")
        #expect(result.lines.first { $0.contains("files checked") }?.contains("0 invalid") == true)
        let count = try FileManager.default.contentsOfDirectory(atPath: RepatdashProcess.bundledSnapshots).filter { $0.hasSuffix(".json") }.count
        #expect(count >= 6)
        #expect(result.standardOutput.contains("\(count) files checked: \(count) valid, 0 invalid; 0 errors, 0 warnings"))
    }

    @Test func invalidFileExitsOneAndNamesFileAndPath() throws {
        let directory = try ScratchDirectory()
        let good = try directory.write("good.json", Self.minimal)
        let bad = try directory.write("bad.json", Self.minimal.replacingOccurrences(of: "14210", with: "-12"))
        let result = try RepatdashProcess.run(["validate", good, bad])
        #expect(result.status == 1)
        #expect(result.lines[0] == "\(bad): districts[0].camps[0].population: must be a whole number from 0 to 100000000, got -12")
        #expect(result.lines[1] == "2 files checked: 1 valid, 1 invalid; 1 error, 0 warnings")
    }

    @Test func warningsAloneExitZero() throws {
        let directory = try ScratchDirectory()
        let file = try directory.write("w.json", Self.minimal.replacingOccurrences(of: "\"crossings\"", with: "\"extra\": 1, \"crossings\""))
        let result = try RepatdashProcess.run(["validate", file])
        #expect(result.status == 0)
        #expect(result.lines[0] == "\(file): extra: warning: unknown field (ignored; this build reads snapshot version 1)")
    }

    @Test func directoriesAreExpandedAndTemporaryNamesSkipped() throws {
        let directory = try ScratchDirectory()
        try directory.write("a.json", Self.minimal)
        try directory.write("b.json.tmp", "{")
        try directory.write(".c.json", "{")
        let result = try RepatdashProcess.run(["validate", directory.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("1 file checked: 1 valid"))
    }

    @Test func syntaxErrorsGiveLineAndColumn() throws {
        let directory = try ScratchDirectory()
        let file = try directory.write("t.json", String(Self.minimal.prefix(120)))
        let result = try RepatdashProcess.run(["validate", file])
        #expect(result.status == 1)
        #expect(result.lines[0].hasPrefix("\(file): districts[0]"))
        #expect(result.lines[0].contains("not valid JSON"))
        #expect(result.lines[0].contains("(line 2, column"))
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try RepatdashProcess.run(["validate"]).status == 2)
        #expect(try RepatdashProcess.run(["validate", "--no-such-option", "x.json"]).status == 2)
        #expect(try RepatdashProcess.run(["validate", "--max-size", "0", "x.json"]).status == 2)
        #expect(try RepatdashProcess.run(["validate", "--now", "yesterday", "x.json"]).status == 2)
    }

    @Test func missingFileIsAnInvalidFileNotAUsageError() throws {
        let result = try RepatdashProcess.run(["validate", "/nonexistent/snapshot.json"])
        #expect(result.status == 1)
        #expect(result.lines[0] == "/nonexistent/snapshot.json: $: cannot open: No such file or directory")
    }

    @Test func jsonOutputForPipelines() throws {
        let directory = try ScratchDirectory()
        let bad = try directory.write("bad.json", Self.minimal.replacingOccurrences(of: "\"open\"", with: "\"shut\""))
        let result = try RepatdashProcess.run(["validate", "--json", bad])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.count == 1)
        #expect(files[0]["valid"] as? Bool == false)
        let problems = try #require(files[0]["problems"] as? [[String: Any]])
        #expect(problems[0]["path"] as? String == "districts[0].camps[0].status")
        #expect(problems[0]["severity"] as? String == "error")
        #expect((problems[0]["message"] as? String)?.contains("unknown status \"shut\"") == true)
        #expect((object["summary"] as? [String: Any])?["invalid"] as? Int == 1)
    }

    @Test func sizeLimitOption() throws {
        let directory = try ScratchDirectory()
        let file = try directory.write("big.json", Self.minimal + String(repeating: " ", count: 2 << 20))
        #expect(try RepatdashProcess.run(["validate", file]).status == 0)
        let limited = try RepatdashProcess.run(["validate", "--max-size", "1", file])
        #expect(limited.status == 1)
        #expect(limited.lines[0].contains("over the size limit of 1 MiB"))
    }

    @Test func versionNamesTheSchema() throws {
        let result = try RepatdashProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("reads snapshot schema version 1"))
    }
}
