import Foundation
import Testing
@testable import DashboardUI

/// Compares a rendered screen with committed text under `Golden/`.
/// `UPDATE_GOLDEN=1 swift test` rewrites the files instead; review the diff.
enum GoldenScreen {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func check(_ screen: Screen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        // Every row kept, trailing spaces trimmed, so the file shows the frame's true height.
        let text = screen.lines().joined(separator: "\n") + "\n"
        let file = directory.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: file)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden file \(name).txt; run with UPDATE_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            let ours = text.split(separator: "\n", omittingEmptySubsequences: false)
            let theirs = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = zip(ours, theirs).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(ours.count, theirs.count)
            Issue.record("""
            screen differs from \(name).txt at line \(firstDifference + 1):
            expected: \(firstDifference < theirs.count ? String(theirs[firstDifference]) : "<end>")
            actual:   \(firstDifference < ours.count ? String(ours[firstDifference]) : "<end>")
            """, sourceLocation: sourceLocation)
        }
    }
}
