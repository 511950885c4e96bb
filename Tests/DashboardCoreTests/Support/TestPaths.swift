import Foundation

/// Where the tests find the repository and the shared folder beside it.
enum TestPaths {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared")
    static let jsonTestSuite = shared.appendingPathComponent("data/JSONTestSuite/test_parsing")
    static let bundledSnapshots = repository.appendingPathComponent("Resources/snapshots")

    static func jsonTestSuiteFiles(prefix: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: jsonTestSuite.path)) ?? []
        return names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.sorted()
            .map { jsonTestSuite.appendingPathComponent($0) }
    }
}
