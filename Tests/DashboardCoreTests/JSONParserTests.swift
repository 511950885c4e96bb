import Foundation
import Testing
@testable import DashboardCore

@Suite struct JSONParserTests {
    func parseError(_ text: String) -> JSONSyntaxError? {
        do { _ = try JSONParser.parse(Array(text.utf8)); return nil } catch { return error }
    }

    @Test func reportsLineColumnAndPath() throws {
        let error = try #require(parseError("{\n  \"districts\": [\n    {\"id\": \"a\",}\n  ]\n}"))
        #expect(error.line == 3)
        #expect(error.column == 16)
        #expect(error.path.description == "districts[0]")
    }

    @Test func pathNamesTheKeyBeingRead() throws {
        let error = try #require(parseError("{\"a\": {\"b\": [1, 2, tru]}}"))
        #expect(error.path.description == "a.b[2]")
        #expect(error.message.contains("true"))
    }

    @Test func duplicateKeyNamesTheKey() throws {
        let error = try #require(parseError("{\"districts\": [{\"id\": \"a\", \"name\": \"x\", \"id\": \"b\"}]}"))
        #expect(error.message == "the key \"id\" appears twice in one object")
        #expect(error.path.description == "districts[0].id")
    }

    @Test func duplicateKeyWrittenWithAnEscapeIsStillADuplicate() {
        #expect(parseError("{\"id\": 1, \"\\u0069d\": 2}") != nil)
    }

    /// Names are compared by code points, in small and large objects alike:
    /// "é" and "e" + U+0301 are two different keys.
    @Test func canonicallyEquivalentKeysAreDistinctWhateverTheObjectSize() {
        for extra in [0, 30] {
            let members = (0..<extra).map { "\"k\($0)\": \($0)" } + ["\"X\u{E9}\": 1", "\"Xe\u{301}\": 2", "\"Y\\u00e9\": 3"]
            #expect(parseError("{" + members.joined(separator: ", ") + "}") == nil, "\(extra) extra keys")
            let twice = members + ["\"Y\u{E9}\": 4"] // the escaped and the raw spelling of the same code point
            #expect(parseError("{" + twice.joined(separator: ", ") + "}")?.message.contains("appears twice") == true, "\(extra) extra keys")
        }
    }

    @Test func duplicateKeysInLargeObjects() {
        let members = (0..<100).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        #expect(parseError("{\(members)}") == nil)
        #expect(parseError("{\(members), \"k42\": 0}")?.message.contains("k42") == true)
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = try #require(parseError(deep))
        #expect(error.message.contains("nesting deeper than 512"))
        let deepObjects = String(repeating: "{\"a\":", count: 100_000)
        #expect(parseError(deepObjects)?.message.contains("nesting") == true)
        #expect(parseError(String(repeating: "[", count: 512) + String(repeating: "]", count: 512)) == nil)
    }

    @Test func emptyFileAndWhitespace() {
        #expect(parseError("")?.message == "the file is empty")
        #expect(parseError("  \n")?.message == "no JSON value, only white space")
    }

    @Test func byteOrderMarkAndUTF16HaveTheirOwnMessages() {
        #expect(parseError("\u{FEFF}{}")?.message.contains("byte-order mark") == true)
        let utf16 = Array("{}".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        do { _ = try JSONParser.parse(utf16); Issue.record("UTF-16 accepted") } catch { #expect(error.message.contains("UTF-16")) }
    }

    @Test func invalidUTF8IsRefused() {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xE2, 0x82]] {
            let bytes = Array("[\"".utf8) + bad + Array("\"]".utf8)
            #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
        }
    }

    @Test func truncationAtEveryOffsetIsAnError() throws {
        let text = Array("{\"a\": [1, 2.5e3, \"x\\u00e9\", true, null, {\"b\": false}]}".utf8)
        for length in 0..<text.count {
            #expect(throws: JSONSyntaxError.self, "cut at \(length)") { try JSONParser.parse(Array(text[0..<length])) }
        }
        _ = try JSONParser.parse(text)
    }

    @Test func numbersAreKeptAsWritten() throws {
        let document = try JSONParser.parse(Array("[12, -3, 1.5, 1e12, 0, 100000000, 1e400, -0]".utf8))
        let values = Array(document.elements(of: 0))
        #expect(document.plainInteger(values[0]) == 12)
        #expect(document.plainInteger(values[1]) == nil)
        #expect(document.plainInteger(values[2]) == nil)
        #expect(document.plainInteger(values[3]) == nil)
        #expect(document.plainInteger(values[4]) == 0)
        #expect(document.plainInteger(values[5]) == 100_000_000)
        #expect(document.rawText(values[6]) == "1e400")
        #expect(document.rawText(values[7]) == "-0")
    }

    @Test func stringsDecode() throws {
        let document = try JSONParser.parse(Array(#"["a\"b\\c\/\b\f\n\r\t", "\u00e9\ud83d\ude00", "پشاور"]"#.utf8))
        let values = Array(document.elements(of: 0))
        #expect(document.string(values[0]) == "a\"b\\c/\u{8}\u{C}\n\r\t")
        #expect(document.string(values[1]) == "é😀")
        #expect(document.string(values[2]) == "پشاور")
        #expect(document.stringEquals(values[2], "پشاور"))
    }

    @Test func loneSurrogatesAreRefused() {
        #expect(parseError(#"["\ud800"]"#) != nil)
        #expect(parseError(#"["\udc00"]"#) != nil)
        #expect(parseError(#"["\ud800\u0041"]"#) != nil)
    }

    /// Random documents, then random damage to them: whenever we accept, Foundation
    /// must accept too and read the same value.
    @Test func agreesWithFoundationOnRandomDocuments() throws {
        var random = TestRandom(seed: 7)
        var accepted = 0
        for round in 0..<400 {
            var text = Array(RandomJSON.value(&random, depth: 0).utf8)
            if round % 2 == 1 {
                for _ in 0..<(1 + random.next(3)) where !text.isEmpty {
                    let position = random.next(text.count)
                    switch random.next(3) {
                    case 0: text[position] = UInt8(random.next(128))
                    case 1: text.remove(at: position)
                    default: text = Array(text[0..<position])
                    }
                }
            }
            guard let ours = try? JSONParser.parse(text) else { continue }
            accepted += 1
            guard let theirs = try? JSONSerialization.jsonObject(with: Data(text), options: [.fragmentsAllowed]) else {
                // Foundation refuses numbers beyond a Double (1e400); JSON's grammar allows them,
                // and a count that large is refused by validation with a clear message instead.
                let hasHugeNumber = ours.nodes.indices.contains { ours.kind($0) == .number && ours.double($0)?.isFinite != true }
                #expect(hasHugeNumber, "\(String(decoding: text, as: UTF8.self))")
                continue
            }
            #expect(CanonicalJSON.form(ours) == CanonicalJSON.form(foundation: theirs), "\(String(decoding: text, as: UTF8.self))")
        }
        #expect(accepted > 200)
    }
}

struct TestRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

enum RandomJSON {
    static let strings = ["", "a", "Torkham", "پشاور", "中文", "😀", "quote\\\"d", "back\\\\slash", "\\u00e9", "\\ud83d\\ude00", "tab\\t", "\\u0000"]
    static let numbers = ["0", "-1", "12", "3.25", "-0.5", "1e3", "2E-2", "100000000", "123456789012", "-0"]

    static func value(_ random: inout TestRandom, depth: Int) -> String {
        switch depth > 3 ? random.next(4) : random.next(6) {
        case 0: return "\"" + strings[random.next(strings.count)] + "\""
        case 1: return numbers[random.next(numbers.count)]
        case 2: return ["true", "false", "null"][random.next(3)]
        case 3: return " " + numbers[random.next(numbers.count)] + " "
        case 4: return "[" + (0..<random.next(4)).map { _ in value(&random, depth: depth + 1) }.joined(separator: ", ") + "]"
        default:
            let keys = (0..<random.next(4)).map { "k\($0)" }
            return "{" + keys.map { "\"\($0)\": " + value(&random, depth: depth + 1) }.joined(separator: ",") + "}"
        }
    }
}
