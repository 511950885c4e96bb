import Foundation
import Testing

/// `repatdash-bench` (built beside `repatdash`) refuses a count of runs it
/// cannot time: `load-only FILE 0` used to crash on the median of no times.
@Suite struct BenchRunsTests {
    static let binary = URL(fileURLWithPath: RepatdashProcess.binary).deletingLastPathComponent().appendingPathComponent("repatdash-bench").path

    static func run(_ arguments: [String]) throws -> (reason: Process.TerminationReason, status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile(), err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationReason, process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test(arguments: ["0", "-3", "many"])
    func uncountableRunsAreAUsageError(runs: String) throws {
        let sample = RepatdashProcess.bundledSnapshots + "/" + (try FileManager.default.contentsOfDirectory(atPath: RepatdashProcess.bundledSnapshots)
            .filter { $0.hasSuffix(".json") }.sorted().last!)
        let result = try Self.run(["load-only", sample, runs])
        #expect(result.reason == .exit)
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.hasPrefix("repatdash-bench: RUNS must be a whole number, at least 1, got \(runs)\nusage: repatdash-bench"))
    }

    @Test func oneRunIsTimed() throws {
        let directory = try ScratchDirectory()
        let file = try directory.write("one.json", ValidateCommandTests.minimal)
        let result = try Self.run(["load-only", file, "1"])
        #expect(result.reason == .exit && result.status == 0)
        let fields = result.output.split(separator: "\n").first?.split(separator: "\t").map(String.init) ?? []
        #expect(fields.first == "repatdash load+validate")
        #expect(fields.count > 4 && fields[3] == "1" && fields[4] == "check=14210")
    }
}
