import ArgumentParser
import DashboardCore
import Foundation
import HTTPSnapshotSource
import MappedFiles

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
        let files: [String]
        switch Self.expandingDirectories(paths) {
        case .success(let expanded): files = expanded
        case .failure(let error): throw ValidationError(error.description)
        }
        let loader = reading.loader
        let now = reading.now
        let results = try files.map { file in
            HTTPSourceSettings.isURL(file) ? try FetchedSnapshot.load(url: file, caFile: reading.caFile, loader: loader, now: now)
                                           : MappedSnapshotLoading.load(path: file, loader: loader, now: now)
        }
        if !Self.report(results, json: json) { throw ExitCode(1) }
    }

    /// Each directory among `paths` replaced by its snapshot files (sorted), in place.
    static func expandingDirectories(_ paths: [String]) -> Result<[String], DirectoryListingError> {
        var files: [String] = []
        for path in paths {
            if !HTTPSourceSettings.isURL(path), SnapshotLoader.isDirectory(path) {
                do {
                    files += try SnapshotLoader.snapshotPaths(inDirectory: path)
                } catch {
                    return .failure(error)
                }
            } else {
                files.append(path)
            }
        }
        return .success(files)
    }

    /// Prints the findings; whether every file was valid (exit status 0, else 1).
    static func report(_ results: [SnapshotFile], json: Bool) -> Bool {
        MessageOutput.standardOutput(json ? ValidationOutput.json(results) : ValidationOutput.text(results))
        return !results.contains(where: { !$0.report.isValid })
    }
}
