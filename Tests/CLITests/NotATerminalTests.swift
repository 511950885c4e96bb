import Foundation
import Testing

/// The dashboard started without a terminal (from cron, nohup, a pipe) must
/// say so and end, not wait on input that reports end of file forever
/// (which spun a full core before this check).
@Suite struct NotATerminalTests {
    @Test(arguments: [["show"], []])
    func endsWithAMessageWhenInputAndOutputAreNotATerminal(_ command: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["10", RepatdashProcess.binary] + command + [RepatdashProcess.bundledSnapshots]
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["REPATDASH_CONFIG"] = "none"
        process.environment = environment
        let error = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = error
        try process.run()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "124 means it was still running after 10 s")
        #expect(message.contains("standard input is not a terminal"))
        #expect(message.contains("repatdash render"))
    }
}
