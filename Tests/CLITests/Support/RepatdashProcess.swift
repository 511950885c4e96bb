import Foundation

/// Runs the built `repatdash` binary (beside the test runner in the build
/// folder) and captures what it prints and how it exits.
struct RepatdashProcess {
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
        /// Exactly what was written, for tests of the raw bytes.
        var standardOutputBytes: [UInt8] = []
        var standardErrorBytes: [UInt8] = []
        var lines: [String] { standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    static let binary: String = {
        let runner = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: runner).deletingLastPathComponent().appendingPathComponent("repatdash").path
    }()

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let bundledSnapshots = repository.appendingPathComponent("Resources/snapshots").path

    static func run(_ arguments: [String], environment: [String: String]? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        // Unless a test sets its own, an empty config home, so a config file in
        // the real ~/.config never changes what a test sees.
        var childEnvironment = environment ?? ProcessInfo.processInfo.environment
        if environment?["XDG_CONFIG_HOME"] == nil { childEnvironment["XDG_CONFIG_HOME"] = NSTemporaryDirectory() + "repatdash-tests-no-config" }
        process.environment = childEnvironment
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read before waiting: a full pipe would otherwise block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self), standardError: String(decoding: errData, as: UTF8.self),
                      standardOutputBytes: [UInt8](outData), standardErrorBytes: [UInt8](errData))
    }
}

/// A throwaway directory for snapshot files.
final class ScratchDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "repatdash-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }
}
