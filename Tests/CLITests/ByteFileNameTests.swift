import Foundation
import Testing

/// Snapshot file names made of bytes: one in Latin-1 (not UTF-8), and an NFC/NFD pair of "café.json".
@Suite(.serialized) struct ByteFileNameTests {
    static let nfc: [UInt8] = Array("caf".utf8) + [0xC3, 0xA9] + Array(".json".utf8)
    static let nfd: [UInt8] = Array("cafe".utf8) + [0xCC, 0x81] + Array(".json".utf8)
    static let latin1: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".json".utf8)
    static let environment = ["LANG": "C.UTF-8", "TERM": "xterm-256color", "TZ": "Asia/Karachi"]

    /// Copies a bundled snapshot to `directory/NAME`, the name given as bytes.
    static func copy(_ bundledName: String, into directory: String, name: [UInt8]) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: RepatdashProcess.bundledSnapshots + "/" + bundledName))
        let path = (Array(directory.utf8) + [UInt8(ascii: "/")] + name).map { CChar(bitPattern: $0) } + [0]
        let descriptor = path.withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        try #require(written == data.count)
    }

    @Test func validateReadsANonUTF8NameAndShowsItEscaped() throws {
        let directory = try ScratchDirectory()
        try Self.copy("2025-04-07T2100.json", into: directory.path, name: Self.latin1)
        let result = try RepatdashProcess.run(["validate", "--json", directory.path])
        #expect(result.status == 0, "\(result.standardOutput)")
        #expect(result.standardOutput.contains("caf\\\\x{E9}.json"), "\(result.standardOutput)")
        #expect(!result.standardOutput.contains("No such file"))
    }

    @Test func theDashboardReadsANonUTF8Name() throws {
        let directory = try ScratchDirectory()
        try Self.copy("2025-04-07T2100.json", into: directory.path, name: Self.latin1)
        let tmux = try TmuxSession(width: 120, height: 40, command: "\(RepatdashProcess.binary) \(directory.path) --now 2025-04-07T21:30:00+05:00",
                                   environment: Self.environment)
        // 443,330: the bundled 21:00 total.
        let screen = try tmux.waitForSettledScreen(showing: ["443,330"])
        #expect(!screen.contains("rejected"))
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    @Test func anNFCAndNFDPairAreTwoSnapshots() throws {
        let directory = try ScratchDirectory()
        try Self.copy("2025-04-07T1800.json", into: directory.path, name: Self.nfc)
        try Self.copy("2025-04-07T2100.json", into: directory.path, name: Self.nfd)
        let validated = try RepatdashProcess.run(["validate", directory.path])
        #expect(validated.standardOutput.contains("2 files checked: 2 valid"), "\(validated.standardOutput)")
        // Both read: 21:00 is shown and Change compares it with 18:00 (Haripur 99,275, ▼ -35, as in the README's
        // tour of the bundled sample); were the two names one, there would be one snapshot and Change would be –.
        let tmux = try TmuxSession(width: 120, height: 40, command: "\(RepatdashProcess.binary) \(directory.path) --now 2025-04-07T21:30:00+05:00",
                                   environment: Self.environment)
        let screen = try tmux.waitForSettledScreen(showing: ["443,330"])
        let haripur = try #require(screen.split(separator: "\n").first { $0.contains("Haripur") })
        #expect(haripur.contains("99,275") && haripur.contains("▼ -35"), "\(haripur)")
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }
}
