import Foundation
import Testing

@Suite struct RenderCommandTests {
    static let now = "2025-04-07T21:30:00+05:00"

    func render(_ extra: [String]) throws -> RepatdashProcess.Result {
        try RepatdashProcess.run(["render", RepatdashProcess.bundledSnapshots, "--now", Self.now] + extra)
    }

    @Test(arguments: ["80x24", "200x60"])
    func showsEveryPaneAsPlainText(_ size: String) throws {
        let result = try render(["--size", size])
        #expect(result.status == 0, "\(result.standardError)")
        let bytes = Array(result.standardOutput.utf8)
        #expect(!bytes.contains { $0 < 0x20 && $0 != 0x0A }, "a control byte in render's output")
        let parts = size.split(separator: "x").map { Int($0)! }
        #expect(result.lines.count == parts[1] + 1) // every row, then the final newline
        for pane in ["Districts (23)", "Crossings · Torkham", "Deadlines", "2025-04-07 21:00", "Haripur"] {
            #expect(result.standardOutput.contains(pane), "no \(pane) at \(size)")
        }
    }

    @Test func drillsIntoADistrictAndPicksAPoint() throws {
        let result = try render(["--size", "120x40", "--district", "kp-peshawar", "--point", "Chaman"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("All districts › Peshawar"))
        #expect(result.standardOutput.contains("Khazana"))
        #expect(result.standardOutput.contains("Crossings · Chaman"))
    }

    @Test func unknownDistrictOrPointOrSizeIsAUsageError() throws {
        #expect(try render(["--district", "nowhere"]).status == 2)
        #expect(try render(["--point", "Nowhere"]).status == 2)
        #expect(try render(["--size", "80by24"]).status == 2)
        #expect(try render(["--size", "0x24"]).status == 2)
    }

    @Test func tooSmallSaysSo() throws {
        let result = try render(["--size", "60x20"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("terminal too small: need 80×24, have 60×20"))
    }

    @Test func asciiHasNoOtherBytes() throws {
        let result = try render(["--size", "80x24", "--ascii"])
        #expect(result.standardOutput.utf8.allSatisfy { $0 == 0x0A || (0x20..<0x7F).contains($0) })
    }

    @Test func aDirectoryWithoutValidSnapshotsRendersAWaitingScreen() throws {
        let directory = try ScratchDirectory()
        try directory.write("broken.json", "{")
        let result = try RepatdashProcess.run(["render", directory.path, "--size", "100x30"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Waiting for a valid snapshot"))
        #expect(result.standardOutput.contains("broken.json"))
    }
}
