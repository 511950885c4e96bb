import Foundation
import Testing
@testable import DashboardCore

/// One test per error rule of snapshot-v1.md: the snapshot is rejected and the
/// message names the JSON path and the offending value.
@Suite struct ValidationErrorRuleTests {
    typealias F = SnapshotFixture

    func expectError(_ text: String, path: String, contains fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let report = F.decode(text)
        #expect(!report.isValid, sourceLocation: sourceLocation)
        #expect(report.snapshot == nil, sourceLocation: sourceLocation)
        let match = report.errors.first { $0.path.description == path && $0.message.contains(fragment) }
        #expect(match != nil, "no error at \(path) containing \(fragment); got \(report.issues.map(\.description))", sourceLocation: sourceLocation)
    }

    @Test func fixtureIsValidWithoutWarnings() throws {
        let report = F.decode(F.valid)
        #expect(report.isValid)
        #expect(report.issues.isEmpty, "\(report.issues)")
        let snapshot = try #require(report.snapshot)
        #expect(snapshot.districts.count == 2)
        #expect(snapshot.districts[0].camps[0].byDocument == DocumentCounts(por: 11020, acc: 2150, undocumented: 1040))
        #expect(snapshot.crossings[0].byProvince?.map(\.province) == ["Khyber Pakhtunkhwa", "Punjab", "Islamabad", "Sindh"])
        #expect(snapshot.deadlines[0].appliesTo == .acc)
        #expect(snapshot.districts[0].camps[1].denotifiedOn == CalendarDay(year: 2025, month: 3, day: 1))
    }

    // MARK: Not JSON, not UTF-8, a key twice

    @Test func notJSON() {
        let report = F.decode(F.replacing("\"population\": 14210,", with: "\"population\": 14210,,"))
        #expect(!report.isValid)
        let issue = report.errors[0]
        #expect(issue.message.hasPrefix("not valid JSON"))
        #expect(issue.path.description == "districts[0].camps[0]")
        #expect(issue.line == 12)
    }

    @Test func notUTF8() {
        var bytes = Array(F.valid.utf8)
        let range = bytes.firstRange(of: Array("Khazana".utf8))!
        bytes[range.lowerBound] = 0xFF
        let report = SnapshotDecoder.decode(bytes, now: F.now)
        #expect(!report.isValid)
        #expect(report.errors[0].message.contains("UTF-8"))
        #expect(report.errors[0].path.description == "districts[0].camps[0].name")
    }

    @Test func keyTwiceInOneObject() {
        expectError(F.replacing("\"households\": 2380,", with: "\"households\": 2380, \"households\": 2381,"),
                    path: "districts[0].camps[0].households", contains: "appears twice")
    }

    // MARK: Missing required fields

    static let requiredFields: [(object: String, field: String, path: String)] = [
        ("\"schema_version\": 1,", "schema_version", "schema_version"),
        ("\"generated_at\": \"2025-04-07T18:00:00+05:00\",", "generated_at", "generated_at"),
        ("\"id\": \"kp-peshawar\",", "id", "districts[0].id"),
        ("\"name\": \"Peshawar\",", "name", "districts[0].name"),
        ("\"province\": \"Khyber Pakhtunkhwa\",\n      \"camps\"", "province", "districts[0].province"),
        ("\"id\": \"kp-peshawar-khazana\", ", "id", "districts[0].camps[0].id"),
        ("\"name\": \"Khazana\", ", "name", "districts[0].camps[0].name"),
        ("\"status\": \"open\", ", "status", "districts[0].camps[0].status"),
        ("\"population\": 14210, ", "population", "districts[0].camps[0].population"),
        ("\"date\": \"2025-04-07\", ", "date", "crossings[1].date"),
        ("\"point\": \"Chaman\", ", "point", "crossings[2].point"),
        (", \"total\": 1200", "total", "crossings[1].total"),
        ("\"id\": \"ifrp-phase2-acc\", ", "id", "deadlines[0].id"),
        ("\"title\": \"ACC holders: end of voluntary return period\", ", "title", "deadlines[0].title"),
        ("\"due\": \"2025-03-31T23:59:59+05:00\", ", "due", "deadlines[0].due"),
    ]

    @Test(arguments: requiredFields.indices)
    func missingRequiredField(_ index: Int) {
        let (text, _, path) = Self.requiredFields[index]
        let replacement = text.hasSuffix("\"camps\"") ? "\"camps\"" : (text.hasPrefix(",") ? "" : "")
        expectError(F.replacing(text, with: replacement), path: path, contains: "required field is missing")
    }

    @Test(arguments: ["districts", "crossings", "deadlines"])
    func missingRequiredArray(_ field: String) {
        // Rename the key: the array is then an unknown field and the required one is missing.
        expectError(F.replacing("\"\(field)\": [", with: "\"x_\(field)\": ["), path: field, contains: "required field is missing")
    }

    @Test func missingCamps() {
        expectError(F.replacing(", \"camps\": [\n        {\"id\": \"kp-kohat-gamkol\", \"name\": \"Gamkol\", \"status\": \"closed\", \"population\": 0}\n    ]}",
                                with: "}"), path: "districts[1].camps", contains: "required field is missing")
    }

    // MARK: Wrong types

    @Test func topLevelMustBeAnObject() {
        expectError("[]", path: "$", contains: "must be an object, got an array")
    }

    @Test func wrongTypes() {
        expectError(F.replacing("\"districts\": [", with: "\"districts\": {\"a\": [", in: F.replacing("\n  ],\n  \"crossings\"", with: "\n  ]},\n  \"crossings\"")),
                    path: "districts", contains: "must be an array, got an object")
        expectError(F.replacing("\"name\": \"Peshawar\"", with: "\"name\": 5"), path: "districts[0].name", contains: "must be a string, got 5")
        expectError(F.replacing("\"population\": 14210", with: "\"population\": \"12\""), path: "districts[0].camps[0].population",
                    contains: "must be a whole number from 0 to 100000000, got \"12\"")
        expectError(F.replacing("\"by_document\": {\"por\": 11020, \"acc\": 2150, \"undocumented\": 1040}", with: "\"by_document\": [1]"),
                    path: "districts[0].camps[0].by_document", contains: "must be an object, got an array")
        expectError(F.replacing("\"households\": 2380", with: "\"households\": null"), path: "districts[0].camps[0].households", contains: "got null")
        expectError(F.replacing("\"due\": \"2025-03-31T23:59:59+05:00\"", with: "\"due\": 1743447599"), path: "deadlines[0].due", contains: "got 1743447599")
        expectError(F.replacing("\"schema_version\": 1", with: "\"schema_version\": \"1\""), path: "schema_version", contains: "must be the number 1")
        expectError(F.replacing("\"districts\": [\n    {", with: "\"districts\": [\n    7, {"), path: "districts[0]", contains: "must be an object, got 7")
    }

    // MARK: Values out of range

    @Test(arguments: ["-12", "1.5", "1e12", "100000001", "-0", "1e400", "1.0", "true", "99999999999999999999"])
    func countOutOfRange(_ value: String) {
        expectError(F.replacing("\"population\": 14210", with: "\"population\": \(value)"), path: "districts[0].camps[0].population",
                    contains: "must be a whole number from 0 to 100000000, got \(value)")
    }

    @Test func countLimitsAreInclusive() {
        #expect(F.decode(F.replacing("\"total\": 1200", with: "\"total\": 100000000")).isValid)
        #expect(F.decode(F.replacing("\"total\": 1200", with: "\"total\": 0")).isValid)
    }

    @Test(arguments: ["\"households\": 2380", "\"total\": 800", "\"deported\": 410", "\"families\": 590", "\"por\": 260", "\"Punjab\": 840"])
    func everyCountFieldIsChecked(_ field: String) {
        let name = field.split(separator: ":")[0]
        let report = F.decode(F.replacing(field, with: "\(name): -3"))
        #expect(!report.isValid)
        #expect(report.errors.first?.message.contains("got -3") == true)
    }

    @Test func unsupportedSchemaVersion() {
        expectError(F.replacing("\"schema_version\": 1", with: "\"schema_version\": 2"), path: "schema_version", contains: "unsupported schema_version 2 (this build reads 1)")
    }

    @Test func textLengths() {
        expectError(F.replacing("\"name\": \"Peshawar\"", with: "\"name\": \"\""), path: "districts[0].name", contains: "must not be empty")
        let long81 = String(repeating: "پ", count: 81)
        expectError(F.replacing("\"name\": \"Peshawar\"", with: "\"name\": \"\(long81)\""), path: "districts[0].name", contains: "at most 80 characters, got 81")
        #expect(F.decode(F.replacing("\"name\": \"Peshawar\"", with: "\"name\": \"\(String(repeating: "پ", count: 80))\"")).isValid)
        expectError(F.replacing("\"province\": \"Khyber Pakhtunkhwa\",\n      \"camps\"", with: "\"province\": \"\",\n      \"camps\""), path: "districts[0].province", contains: "must not be empty")
        expectError(F.replacing("\"point\": \"Chaman\"", with: "\"point\": \"\(String(repeating: "x", count: 81))\""), path: "crossings[2].point", contains: "at most 80")
        expectError(F.replacing("\"title\": \"ACC holders: end of voluntary return period\"", with: "\"title\": \"\(String(repeating: "t", count: 121))\""), path: "deadlines[0].title", contains: "at most 120")
        expectError(F.replacing("\"note\": \"Removals from 1 April.\"", with: "\"note\": \"\(String(repeating: "n", count: 281))\""), path: "deadlines[0].note", contains: "at most 280")
        expectError(F.replacing("\"source\": \"Test fixture\"", with: "\"source\": \"\(String(repeating: "s", count: 201))\""), path: "source", contains: "at most 200")
        expectError(F.replacing("\"timezone\": \"Asia/Karachi\"", with: "\"timezone\": \"\(String(repeating: "z", count: 65))\""), path: "timezone", contains: "at most 64")
    }

    @Test func unknownTimeZone() {
        expectError(F.replacing("\"timezone\": \"Asia/Karachi\"", with: "\"timezone\": \"Mars/Olympus\""), path: "timezone", contains: "unknown IANA time zone \"Mars/Olympus\"")
        // Foundation takes these as custom zones; they are offsets, not IANA names.
        expectError(F.replacing("\"timezone\": \"Asia/Karachi\"", with: "\"timezone\": \"GMT+14:00\""), path: "timezone",
                    contains: "\"GMT+14:00\" is a UTC offset, not an IANA time zone name; use an IANA name like Asia/Karachi, or Etc/GMT-14 for a fixed offset of +14 hours (its sign is inverted)")
        expectError(F.replacing("\"timezone\": \"Asia/Karachi\"", with: "\"timezone\": \"UTC+5\""), path: "timezone",
                    contains: "\"UTC+5\" is a UTC offset, not an IANA time zone name; use an IANA name like Asia/Karachi, or Etc/GMT-5 for")
        expectError(F.replacing("\"timezone\": \"Asia/Karachi\"", with: "\"timezone\": \"GMT-0330\""), path: "timezone",
                    contains: "\"GMT-0330\" is a UTC offset, not an IANA time zone name; use an IANA name like Asia/Karachi")
        // IANA's own fixed zones and UTC stay accepted.
        for name in ["UTC", "Etc/UTC", "Etc/GMT-5", "GMT", "Asia/Kabul"] {
            #expect(F.decode(F.replacing("\"timezone\": \"Asia/Karachi\"", with: "\"timezone\": \"\(name)\"")).isValid, "\(name)")
        }
    }

    // MARK: Broken patterns

    @Test(arguments: ["Peshawar", "-peshawar", "kp peshawar", "", "kp/peshawar", String(repeating: "a", count: 65)])
    func idPattern(_ id: String) {
        expectError(F.replacing("\"id\": \"kp-peshawar\"", with: "\"id\": \"\(id)\""), path: "districts[0].id", contains: "must match ^[a-z0-9][a-z0-9._-]{0,63}$")
    }

    @Test func longestIdIsAllowed() {
        #expect(F.decode(F.replacing("\"id\": \"kp-peshawar\"", with: "\"id\": \"\(String(repeating: "a", count: 64))\"")).isValid)
    }

    @Test(arguments: ["2025-4-6", "06-04-2025", "2025-04-06T00:00:00+05:00", "20250406"])
    func dayPattern(_ day: String) {
        expectError(F.replacing("\"date\": \"2025-04-06\", \"point\": \"Chaman\"", with: "\"date\": \"\(day)\", \"point\": \"Chaman\""),
                    path: "crossings[2].date", contains: "must be a date YYYY-MM-DD")
    }

    @Test(arguments: ["2025-04-07T18:00:00", "2025-04-07 18:00:00+05:00", "2025-04-07T18:00+05:00", "2025-04-07T18:00:00+0500", "yesterday"])
    func instantPattern(_ instant: String) {
        expectError(F.replacing("\"generated_at\": \"2025-04-07T18:00:00+05:00\"", with: "\"generated_at\": \"\(instant)\""),
                    path: "generated_at", contains: "must be an RFC 3339 date-time with an offset")
    }

    // MARK: Dates and times that do not exist

    @Test func impossibleDatesAndTimes() {
        expectError(F.replacing("\"denotified_on\": \"2025-03-01\"", with: "\"denotified_on\": \"2025-02-29\""), path: "districts[0].camps[1].denotified_on", contains: "2025-02-29")
        expectError(F.replacing("\"date\": \"2025-04-07\"", with: "\"date\": \"2025-13-01\""), path: "crossings[1].date", contains: "2025-13-01")
        expectError(F.replacing("\"due\": \"2025-03-31T23:59:59+05:00\"", with: "\"due\": \"2025-03-31T24:00:00+05:00\""), path: "deadlines[0].due", contains: "T24:00:00")
        expectError(F.replacing("\"due\": \"2025-03-31T23:59:59+05:00\"", with: "\"due\": \"2025-03-31T23:59:59+24:00\""), path: "deadlines[0].due", contains: "+24:00")
        expectError(F.replacing("\"due\": \"2025-03-31T23:59:59+05:00\"", with: "\"due\": \"2025-04-31T12:00:00Z\""), path: "deadlines[0].due", contains: "2025-04-31")
        #expect(F.decode(F.replacing("\"denotified_on\": \"2025-03-01\"", with: "\"denotified_on\": \"2024-02-29\"")).isValid)
    }

    // MARK: Unknown enumerations

    @Test func unknownStatus() {
        expectError(F.replacing("\"status\": \"open\"", with: "\"status\": \"Open\""), path: "districts[0].camps[0].status",
                    contains: "unknown status \"Open\" (expected open, denotified or closed)")
    }

    @Test func unknownAppliesTo() {
        expectError(F.replacing("\"applies_to\": \"acc\"", with: "\"applies_to\": \"refugees\""), path: "deadlines[0].applies_to",
                    contains: "unknown applies_to \"refugees\" (expected por, acc, undocumented or all)")
    }

    // MARK: Duplicates

    @Test func duplicateDistrictId() {
        expectError(F.replacing("\"id\": \"kp-kohat\"", with: "\"id\": \"kp-peshawar\""), path: "districts[1].id", contains: "duplicate district id \"kp-peshawar\" (first at districts[0])")
    }

    @Test func duplicateCampIdAcrossDistricts() {
        expectError(F.replacing("\"id\": \"kp-kohat-gamkol\"", with: "\"id\": \"kp-peshawar-khazana\""), path: "districts[1].camps[0].id",
                    contains: "duplicate camp id \"kp-peshawar-khazana\" (first at districts[0].camps[0])")
    }

    @Test func duplicateDeadlineId() {
        let twice = F.replacing("\"note\": \"Removals from 1 April.\"}", with: "\"note\": \"Removals from 1 April.\"}, {\"id\": \"ifrp-phase2-acc\", \"title\": \"Again\", \"due\": \"2025-06-30T23:59:59+05:00\"}")
        expectError(twice, path: "deadlines[1].id", contains: "duplicate deadline id")
    }

    @Test func duplicateDatePoint() {
        expectError(F.replacing("\"date\": \"2025-04-06\", \"point\": \"Chaman\"", with: "\"date\": \"2025-04-06\", \"point\": \"Torkham\""), path: "crossings[2]",
                    contains: "duplicate crossing row for 2025-04-06 at \"Torkham\" (first at crossings[0])")
    }

    @Test func samePointOnAnotherDayAndAnotherPointOnTheSameDayAreFine() {
        #expect(F.decode(F.valid).isValid) // the fixture has Torkham twice and 2025-04-06 twice
    }

    // MARK: Parts summing past their whole

    @Test func campDocumentsPastPopulation() {
        expectError(F.replacing("\"population\": 14210", with: "\"population\": 14209"), path: "districts[0].camps[0].by_document",
                    contains: "parts sum to 14210, more than population 14209")
        #expect(F.decode(F.replacing("\"population\": 14210", with: "\"population\": 14210")).isValid)
    }

    @Test func crossingDocumentsPastTotal() {
        expectError(F.replacing("\"undocumented\": 880", with: "\"undocumented\": 881"), path: "crossings[0].by_document", contains: "parts sum to 3121, more than total 3120")
    }

    @Test func provincesPastTotal() {
        expectError(F.replacing("\"Sindh\": 20", with: "\"Sindh\": 21"), path: "crossings[0].by_province", contains: "parts sum to 3121, more than total 3120")
    }

    @Test func deportedPastTotal() {
        expectError(F.replacing("\"deported\": 410", with: "\"deported\": 3121"), path: "crossings[0].deported", contains: "must be at most total (3120), got 3121")
    }

    // MARK: Reporting

    @Test func reportsEveryProblemUpToTheLimit() {
        var text = F.valid
        for name in ["\"population\": 14210", "\"population\": 9000", "\"total\": 800", "\"status\": \"closed\""] {
            text = F.replacing(name, with: name.replacingOccurrences(of: "14210", with: "-1").replacingOccurrences(of: "9000", with: "-2")
                .replacingOccurrences(of: "800", with: "-3").replacingOccurrences(of: "closed", with: "shut"), in: text)
        }
        let report = F.decode(text)
        #expect(report.errorCount == 4)
        #expect(report.errors.map(\.path.description) == ["districts[0].camps[0].population", "districts[0].camps[1].population", "districts[1].camps[0].status", "crossings[2].total"])
    }

    @Test func capsTheListAtFifty() {
        let camps = (0..<120).map { "{\"id\": \"c\($0)\", \"name\": \"C\", \"status\": \"open\", \"population\": -1}" }.joined(separator: ",")
        let text = F.replacing("{\"id\": \"kp-kohat-gamkol\", \"name\": \"Gamkol\", \"status\": \"closed\", \"population\": 0}", with: camps)
        let report = F.decode(text)
        #expect(report.errorCount == 120)
        #expect(report.issues.count == ValidationReport.issueLimit)
        #expect(report.omittedCount == 70)
    }

    @Test func messagesNeverCarryControlCharacters() {
        let report = F.decode(F.replacing("\"status\": \"open\"", with: "\"status\": \"\\u001b[2J\""))
        #expect(report.errors[0].message.contains("\\u{1B}[2J"), "\(report.errors[0].message)")
        #expect(!report.errors[0].message.unicodeScalars.contains { $0.value == 0x1B })
    }
}
