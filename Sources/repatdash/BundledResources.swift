import Foundation

/// Finds the bundled sample snapshots wherever the binary runs from: beside
/// it in an install (`PREFIX/share/repatdash/snapshots`), or in the source
/// tree it was built from (`.build/<config>/repatdash`).
enum BundledResources {
    static var snapshotsPath: String {
        let binary = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        let directory = binary.deletingLastPathComponent()
        let candidates = [
            directory.appendingPathComponent("../share/repatdash/snapshots"),
            directory.appendingPathComponent("../../Resources/snapshots"),
            directory.appendingPathComponent("../../../Resources/snapshots"),
        ]
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate.standardized.path) {
            return candidate.standardized.path
        }
        return "Resources/snapshots"
    }
}
