import DashboardCore
import Foundation
import Testing
@testable import DashboardUI

/// CSV as RFC 4180 has it, safe to open in a spreadsheet whatever the names hold.
@Suite struct CSVWriterTests {
    @Test func headerRowsAndTotalsWithPlainIntegers() throws {
        let table = try #require(TableExport(state: TestStates.bundled()))
        let document = CSVWriter.document(table)
        let lines = document.components(separatedBy: "\r\n")
        #expect(lines.count == 1 + 23 + 1 + 1) // header, rows, totals, then the empty rest after the last CRLF
        #expect(lines[0] == "District,ID,Province,Camps open,Camps total,Population,PoR,ACC,Undocumented,Households,Change,New,Partial sums")
        #expect(lines[1] == "Haripur,kp-haripur,Khyber Pakhtunkhwa,3,3,99275,79817,12792,6316,14477,-35,false,")
        #expect(lines[24] == "All districts,,,48,53,443330,347533,52426,25173,70414,-142,false,\"PoR, ACC, Undocumented, Households\"")
        #expect(lines.last == "")
        let bytes = Array(document.utf8)
        for index in bytes.indices where bytes[index] == 0x0A {
            #expect(index > 0 && bytes[index - 1] == 0x0D, "a record ends with CRLF, never a bare LF")
        }
    }

    @Test func fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        #expect(CSVWriter.field(.text("plain")) == "plain")
        #expect(CSVWriter.field(.text("a,b")) == "\"a,b\"")
        #expect(CSVWriter.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field(.text("two\nlines")) == "\"two\nlines\"")
        #expect(CSVWriter.field(.text("cr\rlf")) == "\"cr\rlf\"")
        #expect(CSVWriter.field(.text("crlf\r\nx")) == "\"crlf\r\nx\"")
        #expect(CSVWriter.field(.text("")) == "")
        #expect(CSVWriter.field(.none) == "")
        #expect(CSVWriter.field(.boolean(true)) == "true")
    }

    /// A text cell a spreadsheet would run as a formula gets a leading
    /// apostrophe; numbers, negative ones included, stay numbers.
    @Test func formulaInjectionGuard() {
        for text in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            #expect(CSVWriter.guardingFormula(text) == "'" + text)
        }
        #expect(CSVWriter.field(.text("=HYPERLINK(\"x\",\"y\")")) == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")
        for text in ["a=b", "Peshawar", " =1", "'quoted", ""] {
            #expect(CSVWriter.guardingFormula(text) == text)
        }
        #expect(CSVWriter.field(.integer(-35)) == "-35")
        #expect(CSVWriter.field(.integer(1_204)) == "1204")
    }

    /// Hostile names read back, record by record, as the screen shows them
    /// (controls as U+FFFD), behind the apostrophe where they start like a
    /// formula, and nothing but the CRLF record ends is a control character.
    @Test func hostileNamesReadBackIntact() throws {
        let table = try #require(TableExport(state: ExportTestData.hostileState()))
        let document = CSVWriter.document(table)
        let records = CSVRecords.parse(document)
        #expect(records.count == 1 + ExportTestData.hostileNames.count + 1)
        #expect(records.allSatisfy { $0.count == table.fields.count }, "\(records.map(\.count))")
        let expected = Set(ExportTestData.hostileNames.map { CSVWriter.guardingFormula(TerminalSafeText.sanitize($0)) })
        #expect(Set(records.dropFirst().dropLast().map { $0[0] }) == expected)
        #expect(records.dropFirst().dropLast().allSatisfy { ["'=Province", "Punjab"].contains($0[2]) })
        #expect(records.contains { $0[0] == "'=HYPERLINK(\"http://example.invalid\",\"click\")" })
        #expect(records.contains { $0[0] == "Line\u{FFFD}break" })
        #expect(records.contains { $0[0] == "\u{FFFD}[2JCleared" })
        let withoutRecordEnds = document.replacingOccurrences(of: "\r\n", with: "")
        #expect(ExportTestData.isTerminalSafe(withoutRecordEnds))
    }

    @Test func campsTableKeepsUnknownFiguresEmpty() throws {
        var state = TestStates.bundled()
        TestStates.press([.character("/")], on: &state)
        TestStates.type("Kurram", on: &state)
        TestStates.press([.enter, .enter], on: &state)
        let table = try #require(TableExport(state: state))
        let records = CSVRecords.parse(CSVWriter.document(table))
        #expect(records[0] == ["Camp", "ID", "Status", "Population", "PoR", "ACC", "Undocumented", "Households", "De-notified",
                               "Change", "New", "Partial sums"])
        #expect(records.count == 3)
        #expect(records[1][4...7].allSatisfy { $0.isEmpty }, "no breakdown reported: \(records[1])")
        #expect(records[2][0] == "All camps")
    }
}
