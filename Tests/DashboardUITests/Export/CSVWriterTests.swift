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
        #expect(lines[0] == "District,ID,Province,Camps open,Camps total,Population,PoR,ACC,Undocumented,Other,Households,Change,New,Gone,Partial sums")
        #expect(lines[1] == "Haripur,kp-haripur,Khyber Pakhtunkhwa,3,3,99275,79817,12792,6316,,14477,-35,false,false,")
        #expect(lines[24] == "All districts,,,48,53,443330,347533,52426,25173,,70414,-142,false,false,\"PoR, ACC, Undocumented, Households\"")
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
        // Any control character: quoted, so the field reads back whole and exact.
        #expect(CSVWriter.field(.text("Tab\tseparated")) == "\"Tab\tseparated\"")
        #expect(CSVWriter.field(.text("\u{1B}[2J")) == "\"\u{1B}[2J\"")
        #expect(CSVWriter.field(.text("Eight\u{9B}31m")) == "\"Eight\u{9B}31m\"")
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

    /// Hostile names read back, record by record, byte for byte as the
    /// snapshot has them (a tab, ESC, CR LF: never `�`), behind the
    /// apostrophe where they start like a formula; every field holding a
    /// control character is quoted.
    @Test func hostileNamesReadBackExactly() throws {
        let table = try #require(TableExport(state: ExportTestData.hostileState()))
        let document = CSVWriter.document(table)
        let records = CSVRecords.parse(document)
        #expect(records.count == 1 + ExportTestData.hostileNames.count + 1)
        #expect(records.allSatisfy { $0.count == table.fields.count }, "\(records.map(\.count))")
        let byID = Dictionary(uniqueKeysWithValues: records.dropFirst().dropLast().map { ($0[1], $0) })
        for (index, name) in ExportTestData.hostileNames.enumerated() {
            let record = try #require(byID["d\(index)"])
            #expect(Array(record[0].utf8) == Array(CSVWriter.guardingFormula(name).utf8), "d\(index)")
            #expect(record[2] == (index % 2 == 0 ? "'=Province" : "Punjab"))
        }
        #expect(records.contains { $0[0] == "'=HYPERLINK(\"http://example.invalid\",\"click\")" })
        #expect(records.contains { $0[0] == "Tab\tseparated" })
        #expect(document.contains("\"Tab\tseparated\"") && document.contains("\"\u{1B}[2JCleared\""))
        #expect(!document.unicodeScalars.contains("\u{FFFD}"))
    }

    @Test func campsTableKeepsUnknownFiguresEmpty() throws {
        var state = TestStates.bundled()
        TestStates.press([.character("/")], on: &state)
        TestStates.type("Kurram", on: &state)
        TestStates.press([.enter, .enter], on: &state)
        let table = try #require(TableExport(state: state))
        let records = CSVRecords.parse(CSVWriter.document(table))
        #expect(records[0] == ["Camp", "ID", "Status", "Population", "PoR", "ACC", "Undocumented", "Other", "Households", "De-notified",
                               "Change", "New", "Gone", "Partial sums"])
        #expect(records.count == 3)
        #expect(records[1][4...8].allSatisfy { $0.isEmpty }, "no breakdown reported: \(records[1])")
        #expect(records[2][0] == "All camps")
    }
}
