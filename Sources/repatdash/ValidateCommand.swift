import ArgumentParser
import DashboardCore
import Foundation
import HTTPSnapshotSource

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check snapshot files against the snapshot-v1 format.",
        discussion: """
        Prints one line per problem, FILE: JSON.PATH: message, then a summary.
        Exit status: 0 when every file is valid (warnings allowed), 1 when any
        file is invalid, 2 for a usage error.
        """
    )

    @Argument(help: "Snapshot files, directories of them (*.json), or http(s) URLs of snapshots.")
    var paths: [String]

    @Flag(help: "Print the result as JSON, for producers' pipelines.")
    var json = false

    @OptionGroup var reading: SnapshotReadingOptions

    func run() throws {
        var files: [String] = []
        for path in paths {
            if HTTPSourceSettings.isURL(path) {
                files.append(path)
            } else if SnapshotLoader.isDirectory(path) {
                do {
                    files += try SnapshotLoader.snapshotPaths(inDirectory: path)
                } catch {
                    throw ValidationError(error.description)
                }
            } else {
                files.append(path)
            }
        }
        let loader = reading.loader
        let now = reading.now
        let results = try files.map { file in
            HTTPSourceSettings.isURL(file) ? try FetchedSnapshot.load(url: file, caFile: reading.caFile, loader: loader, now: now)
                                           : loader.load(path: file, now: now)
        }
        let output = json ? ValidationOutput.json(results) : ValidationOutput.text(results)
        MessageOutput.standardOutput(output)
        if results.contains(where: { !$0.report.isValid }) { throw ExitCode(1) }
    }
}
