import Foundation
import Testing
@testable import DashboardCore

/// The public JSONTestSuite corpus: every `y_` file accepted, every `n_` file
/// refused, except the duplicate-key files, which the snapshot format makes errors.
@Suite struct JSONConformanceTests {
    static let duplicateKeyFiles: Set<String> = ["y_object_duplicated_key.json", "y_object_duplicated_key_and_value.json"]
    static let valid = TestPaths.jsonTestSuiteFiles(prefix: "y_")
    static let invalid = TestPaths.jsonTestSuiteFiles(prefix: "n_")

    @Test func corpusIsPresent() {
        #expect(Self.valid.count == 95)
        #expect(Self.invalid.count == 188)
    }

    @Test(arguments: valid)
    func acceptsValidFile(_ file: URL) throws {
        let bytes = try [UInt8](Data(contentsOf: file))
        if Self.duplicateKeyFiles.contains(file.lastPathComponent) {
            #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
            do { _ = try JSONParser.parse(bytes) } catch { #expect(error.message.contains("appears twice")) }
        } else {
            let document = try JSONParser.parse(bytes)
            // The same value Foundation reads.
            let foundation = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            #expect(CanonicalJSON.form(document) == CanonicalJSON.form(foundation: foundation), "\(file.lastPathComponent)")
        }
    }

    @Test(arguments: invalid)
    func refusesInvalidFile(_ file: URL) throws {
        let bytes = try [UInt8](Data(contentsOf: file))
        #expect(throws: JSONSyntaxError.self, "\(file.lastPathComponent)") { try JSONParser.parse(bytes) }
    }

    /// The corpus embedded as a value inside an object, as it would sit in an
    /// unknown field of a snapshot: the verdict must not change.
    @Test(arguments: valid + invalid)
    func embeddedVerdictMatches(_ file: URL) throws {
        let bytes = try [UInt8](Data(contentsOf: file))
        let name = file.lastPathComponent
        let shouldAccept = name.hasPrefix("y_") && !Self.duplicateKeyFiles.contains(name)
        // A BOM or UTF-16 is only special at the start of a file; inside, it is just invalid.
        let embedded = Array("{\"schema_version\": 1, \"x_extra\": ".utf8) + bytes + Array("}".utf8)
        let accepted = (try? JSONParser.parse(embedded)) != nil
        #expect(accepted == shouldAccept, "\(name)")
    }
}
