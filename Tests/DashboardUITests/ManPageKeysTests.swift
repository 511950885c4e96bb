import Foundation
import Testing
@testable import DashboardUI

/// The man page's KEYS section says what the key table says, binding for
/// binding and in the same order: the keys of each `.TP` tag, and the
/// paragraph's first line, which is the binding's description as a sentence.
/// Lines after it may explain more.
@Suite struct ManPageKeysTests {
    static let manPage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/repatdash.1")

    struct Item: Equatable, CustomStringConvertible {
        let keys: [String]
        let firstLine: String
        var description: String { keys.joined(separator: ", ") + ": " + firstLine }
    }

    /// `.TP`, then the tag (`.B q` or `.BR Up ", " Down`), then the first line of the paragraph.
    static func documentedItems() throws -> [Item] {
        let lines = try String(contentsOf: manPage, encoding: .utf8).components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: ".SH KEYS"))
        let end = lines[(start + 1)...].firstIndex { $0.hasPrefix(".SH ") } ?? lines.count
        let section = Array(lines[start..<end])
        return section.indices.filter { section[$0] == ".TP" && $0 + 2 < section.count }.map { index in
            let tag = section[index + 1]
            let arguments = tag.split(separator: " ", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
            let keys = arguments.replacingOccurrences(of: "\\-", with: "-").components(separatedBy: " \", \" ")
            return Item(keys: keys, firstLine: section[index + 2].replacingOccurrences(of: "\\-", with: "-"))
        }
    }

    static func tableItems() -> [Item] {
        KeyTable.bindings.map { binding in
            Item(keys: binding.keys.map(\.key.name), firstLine: binding.description.prefix(1).uppercased() + binding.description.dropFirst() + ".")
        }
    }

    @Test func keysSectionListsExactlyTheKeyTable() throws {
        let documented = try Self.documentedItems()
        let table = Self.tableItems()
        #expect(documented == table, "KEYS in docs/repatdash.1 differs from KeyTable:\nman page: \(documented)\ntable:    \(table)")
    }

    /// The parser itself, on the two shapes of tag the page uses.
    @Test func readsBothShapesOfTag() throws {
        #expect(try Self.documentedItems().first == Item(keys: ["q"], firstLine: "Quit."))
        #expect(try Self.documentedItems().contains(Item(keys: ["Up", "Down", "j", "k", "PgUp", "PgDn"], firstLine: "Move up / down, by a page (table or deadlines).")))
        #expect(try Self.documentedItems().contains(Item(keys: ["Tab", "Shift-Tab"], firstLine: "Next / previous pane.")))
    }
}
