import Foundation
import Testing
@testable import DashboardCore

/// The spec's warnings: the snapshot stays in use, the warning is reported.
@Suite struct ValidationWarningRuleTests {
    typealias F = SnapshotFixture

    func expectWarning(_ text: String, path: String, contains fragment: String, now: Instant = F.now, sourceLocation: SourceLocation = #_sourceLocation) {
        let report = F.decode(text, now: now)
        #expect(report.isValid, "\(report.errors)", sourceLocation: sourceLocation)
        #expect(report.snapshot != nil, sourceLocation: sourceLocation)
        let match = report.warnings.first { $0.path.description == path && $0.message.contains(fragment) }
        #expect(match != nil, "no warning at \(path) containing \(fragment); got \(report.issues.map(\.description))", sourceLocation: sourceLocation)
    }

    @Test func unknownFieldsAtEveryLevel() {
        expectWarning(F.replacing("\"schema_version\": 1,", with: "\"schema_version\": 1, \"region\": {\"x\": [1, 2]},"), path: "region", contains: "unknown field")
        expectWarning(F.replacing("\"name\": \"Peshawar\",", with: "\"name\": \"Peshawar\", \"code\": 7,"), path: "districts[0].code", contains: "unknown field")
        expectWarning(F.replacing("\"name\": \"Khazana\",", with: "\"name\": \"Khazana\", \"tents\": 3,"), path: "districts[0].camps[0].tents", contains: "unknown field")
        expectWarning(F.replacing("\"total\": 800", with: "\"total\": 800, \"weather\": \"rain\""), path: "crossings[2].weather", contains: "unknown field")
        expectWarning(F.replacing("\"applies_to\": \"acc\"", with: "\"applies_to\": \"acc\", \"url\": \"x\""), path: "deadlines[0].url", contains: "unknown field")
        expectWarning(F.replacing("\"undocumented\": 1040}", with: "\"undocumented\": 1040, \"visa\": 3}"), path: "districts[0].camps[0].by_document.visa", contains: "unknown field")
    }

    @Test func unknownFieldValueIsNotValidated() {
        // Producers ahead of this version may send anything there, as long as it is JSON.
        #expect(F.decode(F.replacing("\"schema_version\": 1,", with: "\"schema_version\": 1, \"x\": -5.5e300,")).isValid)
    }

    @Test func controlCharactersInText() {
        expectWarning(F.replacing("\"name\": \"Khazana\"", with: "\"name\": \"Kha\\u0007zana\""), path: "districts[0].camps[0].name", contains: "control characters (shown as \u{FFFD})")
        expectWarning(F.replacing("\"source\": \"Test fixture\"", with: "\"source\": \"Test\\u001b[31m\""), path: "source", contains: "control characters")
        expectWarning(F.replacing("\"point\": \"Chaman\"", with: "\"point\": \"Cha\u{9B}man\""), path: "crossings[2].point", contains: "control characters")
        expectWarning(F.replacing("\"Sindh\": 20", with: "\"Sin\\ndh\": 20"), path: "crossings[0].by_province[\"Sin\\u000a" + "dh\"]", contains: "control characters")
        let report = F.decode(F.replacing("\"name\": \"Khazana\"", with: "\"name\": \"Kha\\u0007zana\""))
        #expect(report.snapshot?.districts[0].camps[0].name == "Kha\u{7}zana", "the model keeps the text; the screen replaces it")
    }

    @Test func generatedAtInTheFuture() {
        let fiveMinutesBefore = Instant(rfc3339: "2025-04-07T17:55:00+05:00")!
        let sixMinutesBefore = Instant(rfc3339: "2025-04-07T17:54:00+05:00")!
        #expect(F.decode(F.valid, now: fiveMinutesBefore).warnings.isEmpty)
        expectWarning(F.valid, path: "generated_at", contains: "6 minutes in the future", now: sixMinutesBefore)
    }

    @Test func deadlineMoreThanAYearBeforeGeneratedAt() {
        expectWarning(F.replacing("\"due\": \"2025-03-31T23:59:59+05:00\"", with: "\"due\": \"2023-11-01T00:00:00+05:00\""), path: "deadlines[0].due", contains: "more than a year before generated_at")
        #expect(F.decode(F.replacing("\"due\": \"2025-03-31T23:59:59+05:00\"", with: "\"due\": \"2024-04-08T00:00:00+05:00\"")).warnings.isEmpty)
    }

    @Test func crossingRowDatedAfterTheSnapshotsDay() {
        // generated_at 2025-04-07T18:00 in Asia/Karachi: the snapshot's day is 04-07.
        expectWarning(F.replacing("{\"date\": \"2025-04-06\", \"point\": \"Chaman\"", with: "{\"date\": \"2025-04-08\", \"point\": \"Chaman\""),
                      path: "crossings[2].date", contains: "2025-04-08 is after the snapshot's own day 2025-04-07 (generated_at in Asia/Karachi): the row is counted nowhere")
        // Today's own row (04-07) is no such thing; the fixture as it is has no warning.
        #expect(F.decode(F.valid).warnings.isEmpty)
    }

    @Test func crossingRowAfterTheDayIsJudgedInTheSnapshotsZone() {
        // 21:00 UTC on 7 April is 02:00 on 8 April in Karachi: a row for 04-08 is today's there...
        let lateUTC = F.replacing("\"generated_at\": \"2025-04-07T18:00:00+05:00\"", with: "\"generated_at\": \"2025-04-07T21:00:00Z\"",
                                  in: F.replacing("{\"date\": \"2025-04-06\", \"point\": \"Chaman\"", with: "{\"date\": \"2025-04-08\", \"point\": \"Chaman\""))
        let karachi = F.decode(lateUTC, now: Instant(rfc3339: "2025-04-07T21:00:00Z")!)
        #expect(karachi.isValid && karachi.warnings.isEmpty, "\(karachi.issues)")
        // ...but after the day in UTC, where it is still 7 April.
        expectWarning(F.replacing("\"timezone\": \"Asia/Karachi\"", with: "\"timezone\": \"UTC\"", in: lateUTC),
                      path: "crossings[2].date", contains: "2025-04-08 is after the snapshot's own day 2025-04-07 (generated_at in UTC)",
                      now: Instant(rfc3339: "2025-04-07T21:00:00Z")!)
    }

    @Test func warningsDoNotHideErrors() {
        let text = F.replacing("\"population\": 9000", with: "\"population\": -9", in: F.replacing("\"name\": \"Khazana\",", with: "\"name\": \"Khazana\", \"tents\": 3,"))
        let report = F.decode(text)
        #expect(!report.isValid)
        #expect(report.errorCount == 1)
        #expect(report.warningCount == 1)
    }

    // MARK: Plausibility (SnapshotDecoder+PlausibilityWarnings)

    /// The snapshot's day is 2025-04-07 (18:00 in Asia/Karachi). Back to
    /// 1025-04-06: 1,000 years (365,000), the 243 leap years 1028–2024
    /// (250 multiples of 4 less 1100, 1300, 1400, 1500, 1700, 1800, 1900), and
    /// one day more: 365,244 days. A row in year 9999 is after the snapshot's
    /// day: that rule's one warning, not a second one from this rule.
    @Test func crossingRowsDatedYearsAwayAreWarnedAboutOnce() throws {
        let future = F.decode(F.replacing("{\"date\": \"2025-04-06\", \"point\": \"Chaman\"", with: "{\"date\": \"9999-04-07\", \"point\": \"Chaman\""))
        #expect(future.isValid)
        #expect(future.warnings.map(\.path.description) == ["crossings[2].date"], "\(future.warnings)")
        #expect(future.warnings.first?.message.contains("9999-04-07 is after the snapshot's own day 2025-04-07") == true)
        expectWarning(F.replacing("{\"date\": \"2025-04-06\", \"point\": \"Chaman\"", with: "{\"date\": \"1025-04-06\", \"point\": \"Chaman\""),
                      path: "crossings[2].date", contains: "is 365,244 days before the snapshot's day 2025-04-07 (a wrong year?), got 1025-04-06")
        // 2024-04-06 is 366 days before 2025-04-07 (2024 is a leap year, 29 February is between): not warned.
        // 2024-04-05 is 367 days before: warned.
        let yearAgo = F.decode(F.replacing("{\"date\": \"2025-04-06\", \"point\": \"Chaman\"", with: "{\"date\": \"2024-04-06\", \"point\": \"Chaman\""))
        #expect(yearAgo.warnings.isEmpty, "\(yearAgo.warnings)")
        expectWarning(F.replacing("{\"date\": \"2025-04-06\", \"point\": \"Chaman\"", with: "{\"date\": \"2024-04-05\", \"point\": \"Chaman\""),
                      path: "crossings[2].date", contains: "is 367 days before the snapshot's day 2025-04-07")
        #expect(F.decode(F.valid).warnings.isEmpty)
    }

    @Test func namesThatShowAsBlankAreWarnedAbout() {
        let blank = "shows as blank"
        expectWarning(F.replacing("\"name\": \"Peshawar\"", with: "\"name\": \"   \""), path: "districts[0].name", contains: blank)
        expectWarning(F.replacing("\"name\": \"Khazana\"", with: "\"name\": \"\\u200b\\u200d\\u2060\""), path: "districts[0].camps[0].name", contains: blank)
        expectWarning(F.replacing("\"name\": \"Gamkol\"", with: "\"name\": \"\\u3000\\u00a0\\ufeff\\u3164\""), path: "districts[1].camps[0].name", contains: blank)
        expectWarning(F.replacing("\"point\": \"Chaman\"", with: "\"point\": \"\\u2800 \""), path: "crossings[2].point", contains: blank)
        expectWarning(F.replacing("\"title\": \"ACC holders: end of voluntary return period\"", with: "\"title\": \"\\u2007\""), path: "deadlines[0].title", contains: blank)
        // A province shared by two districts is named once, at its first use.
        let provinces = F.decode(F.valid.replacingOccurrences(of: "\"province\": \"Khyber Pakhtunkhwa\"", with: "\"province\": \" \""))
        #expect(provinces.isValid)
        #expect(provinces.warnings.map(\.path.description) == ["districts[0].province"], "\(provinces.warnings)")
    }

    @Test func namesWithAnythingVisibleAreNotBlank() {
        #expect(!DisplayBlank.isBlank("Kohat"))
        #expect(!DisplayBlank.isBlank(" a "))
        #expect(!DisplayBlank.isBlank("پشاور"))
        #expect(!DisplayBlank.isBlank("\u{200B}.\u{200B}"))
        #expect(!DisplayBlank.isBlank("\u{202E}"))  // shown as �
        #expect(!DisplayBlank.isBlank("\u{7}"))     // shown as �, and warned about as a control character
        #expect(DisplayBlank.isBlank("\u{2003}\u{200C}\u{FEFF}"))
    }
}
