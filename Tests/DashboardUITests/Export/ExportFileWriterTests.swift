import DashboardCore
import Foundation
import Testing
@testable import DashboardUI

/// The file `e` writes: a name that says what and when, never over another file.
@Suite struct ExportFileWriterTests {
    static func scratchDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "repatdash-export-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func namesSayWhatAndWhen() throws {
        var state = TestStates.bundled()
        let districts = ExportRequest(table: try #require(TableExport(state: state)))
        #expect(districts.fileNameStem == "repatdash-districts-20250407T2110")
        TestStates.press([.character("j"), .enter], on: &state)
        let camps = ExportRequest(table: try #require(TableExport(state: state)))
        #expect(camps.fileNameStem == "repatdash-camps-kp-peshawar-20250407T2110")
        #expect(ExportFileName.candidate(stem: "s", fileExtension: "csv", attempt: 1) == "s.csv")
        #expect(ExportFileName.candidate(stem: "s", fileExtension: "csv", attempt: 3) == "s-3.csv")
        #expect(ExportFileName.safe("../../etc/Passwd x") == "etcasswdx")
    }

    @Test func writesTheCSVAndNeverOverwrites() throws {
        let directory = try Self.scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let request = ExportRequest(table: try #require(TableExport(state: TestStates.bundled())))
        let first = ExportFileWriter.write(request, in: directory)
        #expect(first == .written(fileName: "repatdash-districts-20250407T2110.csv", directory: directory, rowCount: 23, tableName: "districts"))
        let written = try String(contentsOfFile: directory + "/repatdash-districts-20250407T2110.csv", encoding: .utf8)
        #expect(written == CSVWriter.document(request.table))

        // Someone else's file under the next name stays as it was.
        try Data("theirs".utf8).write(to: URL(fileURLWithPath: directory + "/repatdash-districts-20250407T2110-2.csv"))
        let second = ExportFileWriter.write(request, in: directory)
        #expect(second == .written(fileName: "repatdash-districts-20250407T2110-3.csv", directory: directory, rowCount: 23, tableName: "districts"))
        #expect(try String(contentsOfFile: directory + "/repatdash-districts-20250407T2110-2.csv", encoding: .utf8) == "theirs")
        #expect(try String(contentsOfFile: directory + "/repatdash-districts-20250407T2110.csv", encoding: .utf8) == written)
    }

    @Test func aDirectoryThatCannotBeWrittenIsAnError() throws {
        let request = ExportRequest(table: try #require(TableExport(state: TestStates.bundled())))
        let missing = NSTemporaryDirectory() + "repatdash-missing-" + UUID().uuidString
        #expect(ExportFileWriter.write(request, in: missing) == .failed(directory: missing, reason: "No such file or directory"))

        // Permissions do not stop root, so this part only means something for other users.
        guard geteuid() != 0 else { return }
        let directory = try Self.scratchDirectory()
        defer {
            chmod(directory, 0o755)
            try? FileManager.default.removeItem(atPath: directory)
        }
        chmod(directory, 0o555)
        #expect(ExportFileWriter.write(request, in: directory) == .failed(directory: directory, reason: "Permission denied"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }
}
