import DashboardCore
import Foundation
import HTTPSnapshotSource
import MappedFiles

/// `repatdash validate FILE...`, the producers' hot path, without the
/// argument parser: building its command tree costs more than reading a
/// small snapshot (issue 16: 14-16% of the whole process on 4 MB, some 40%
/// on 1 KB). Taken only when every argument after `validate` is a plain
/// path: no option (nothing starting with `-`, so `validate -- FILE` takes
/// the general path, which is how the tests compare the two), no URL, not
/// `help`. Anything else, and any directory that cannot be listed, goes
/// through the argument parser as before, so the output, the messages and
/// the exit status are the general path's, byte for byte.
enum ValidateFastPath {
    /// The paths when `arguments` (argv, program name first) is `validate` and plain paths only.
    static func paths(in arguments: [String]) -> [String]? {
        guard arguments.count >= 3, arguments[1] == ValidateCommand.configuration.commandName else { return nil }
        let paths = Array(arguments.dropFirst(2))
        guard paths.allSatisfy(isPlainPath) else { return nil }
        return paths
    }

    static func isPlainPath(_ argument: String) -> Bool {
        !argument.hasPrefix("-") && argument != "help" && !HTTPSourceSettings.isURL(argument)
    }

    /// The exit status, or nil when the general path must run instead (a
    /// directory that cannot be listed: its usage error is the parser's to word).
    /// Nothing is printed before it is known the fast path can finish.
    static func run(paths: [String]) -> Int32? {
        guard case .success(let files) = ValidateCommand.expandingDirectories(paths) else { return nil }
        let loader = SnapshotReadingOptions.loader(maxSizeMiB: nil, futureToleranceMinutes: nil)
        let now = Instant(Date())
        let results = files.map { MappedSnapshotLoading.load(path: $0, loader: loader, now: now) }
        return ValidateCommand.report(results, json: false) ? 0 : 1
    }
}
