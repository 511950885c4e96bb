import Foundation

/// Finds the bundled sample snapshots wherever the binary runs from: beside
/// it in an install (`PREFIX/bin/repatdash` → `PREFIX/share/repatdash/snapshots`,
/// laid out by `make install`), or in the source tree it was built from
/// (`.build/<triple>/<config>/repatdash`). Never relative to the current
/// directory: an operator may start the dashboard from anywhere.
enum BundledResources {
    static var snapshotsPath: String {
        let directory = binaryDirectory
        let installed = directory.appendingPathComponent("../share/repatdash/snapshots").standardized.path
        let candidates = [
            installed,
            directory.appendingPathComponent("../../Resources/snapshots").standardized.path,
            directory.appendingPathComponent("../../../Resources/snapshots").standardized.path,
        ]
        // When none exists, the install location: the status line then says
        // which directory is missing.
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? installed
    }

    /// The directory of the running binary itself. /proc/self/exe names the
    /// file after every symbolic link is resolved, so a link such as
    /// /usr/bin/repatdash → /opt/repatdash/bin/repatdash finds /opt's data.
    /// argv[0] is only the fallback where /proc is not mounted.
    private static var binaryDirectory: URL {
        let binary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
        return URL(fileURLWithPath: binary).deletingLastPathComponent()
    }
}
