import DashboardCore
import Foundation
import SnapshotGeneration
import Testing

private func instant(_ text: String) -> Instant { Instant(rfc3339: text)! }
private func day(_ text: String) -> CalendarDay { CalendarDay(parsing: text)! }

private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

private func jsonObject(_ bytes: [UInt8]) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
}

/// A small snapshot using every field.
private let fullSnapshot = Snapshot(
    generatedAt: instant("2025-04-07T18:00:00+05:00"),
    timeZoneIdentifier: "Asia/Karachi",
    source: "Provincial control room export",
    districts: [
        District(id: "kp-peshawar", name: "Peshawar", province: "Khyber Pakhtunkhwa", camps: [
            Camp(
                id: "kp-peshawar-khazana", name: "Khazana", status: .open, population: 14210, households: 2380,
                byDocument: DocumentCounts(por: 11020, acc: 2150, undocumented: 1040)
            ),
            Camp(id: "kp-peshawar-khurasan", name: "Khurasan", status: .denotified, population: 5573,
                 byDocument: DocumentCounts(acc: 12, other: 3), denotifiedOn: day("2018-08-31")),
        ]),
        District(id: "kp-upper-dir", name: "Upper Dir", province: "Khyber Pakhtunkhwa"),
    ],
    crossings: [
        Crossing(
            date: day("2025-04-06"), point: "Torkham", total: 3120, deported: 410, families: 588,
            byDocument: DocumentCounts(por: 260, acc: 1980, undocumented: 880),
            byProvince: [
                ProvinceCount(province: "Khyber Pakhtunkhwa", count: 2010), ProvinceCount(province: "Punjab", count: 840),
                ProvinceCount(province: "Islamabad", count: 250), ProvinceCount(province: "Sindh", count: 20),
            ]
        ),
        Crossing(date: day("2025-04-07"), point: "Chaman", total: 0),
    ],
    deadlines: [
        Deadline(id: "ifrp-phase2-acc", title: "ACC holders: end of voluntary return period",
                 due: instant("2025-03-31T23:59:59+05:00"), appliesTo: .acc),
        Deadline(id: "plain", title: "No optional fields", due: instant("2025-06-30T19:00:00Z"), note: "A note."),
    ]
)

@Suite struct SnapshotEncoderTests {
    @Test func compactOutputIsExact() {
        let expected = #"""
            {"schema_version":1,"generated_at":"2025-04-07T18:00:00+05:00","timezone":"Asia/Karachi",\#
            "source":"Provincial control room export","districts":[{"id":"kp-peshawar","name":"Peshawar",\#
            "province":"Khyber Pakhtunkhwa","camps":[{"id":"kp-peshawar-khazana","name":"Khazana","status":"open",\#
            "population":14210,"households":2380,"by_document":{"por":11020,"acc":2150,"undocumented":1040}},\#
            {"id":"kp-peshawar-khurasan","name":"Khurasan","status":"denotified","population":5573,\#
            "by_document":{"acc":12,"other":3},"denotified_on":"2018-08-31"}]},{"id":"kp-upper-dir","name":"Upper Dir",\#
            "province":"Khyber Pakhtunkhwa","camps":[]}],"crossings":[{"date":"2025-04-06","point":"Torkham",\#
            "total":3120,"deported":410,"families":588,"by_document":{"por":260,"acc":1980,"undocumented":880},\#
            "by_province":{"Khyber Pakhtunkhwa":2010,"Punjab":840,"Islamabad":250,"Sindh":20}},\#
            {"date":"2025-04-07","point":"Chaman","total":0}],"deadlines":[{"id":"ifrp-phase2-acc",\#
            "title":"ACC holders: end of voluntary return period","due":"2025-03-31T23:59:59+05:00","applies_to":"acc"},\#
            {"id":"plain","title":"No optional fields","due":"2025-06-30T19:00:00Z","note":"A note."}]}
            """#
        #expect(text(SnapshotEncoder().encode(fullSnapshot)) == expected)
    }

    @Test func prettyOutputIsExact() {
        let expected = #"""
            {
              "schema_version": 1,
              "generated_at": "2025-04-07T18:00:00+05:00",
              "timezone": "Asia/Karachi",
              "source": "Provincial control room export",
              "districts": [
                {
                  "id": "kp-peshawar",
                  "name": "Peshawar",
                  "province": "Khyber Pakhtunkhwa",
                  "camps": [
                    { "id": "kp-peshawar-khazana", "name": "Khazana", "status": "open", "population": 14210, "households": 2380, "by_document": { "por": 11020, "acc": 2150, "undocumented": 1040 } },
                    { "id": "kp-peshawar-khurasan", "name": "Khurasan", "status": "denotified", "population": 5573, "by_document": { "acc": 12, "other": 3 }, "denotified_on": "2018-08-31" }
                  ]
                },
                {
                  "id": "kp-upper-dir",
                  "name": "Upper Dir",
                  "province": "Khyber Pakhtunkhwa",
                  "camps": []
                }
              ],
              "crossings": [
                { "date": "2025-04-06", "point": "Torkham", "total": 3120, "deported": 410, "families": 588, "by_document": { "por": 260, "acc": 1980, "undocumented": 880 }, "by_province": { "Khyber Pakhtunkhwa": 2010, "Punjab": 840, "Islamabad": 250, "Sindh": 20 } },
                { "date": "2025-04-07", "point": "Chaman", "total": 0 }
              ],
              "deadlines": [
                { "id": "ifrp-phase2-acc", "title": "ACC holders: end of voluntary return period", "due": "2025-03-31T23:59:59+05:00", "applies_to": "acc" },
                { "id": "plain", "title": "No optional fields", "due": "2025-06-30T19:00:00Z", "note": "A note." }
              ]
            }

            """#
        #expect(text(SnapshotEncoder(pretty: true).encode(fullSnapshot)) == expected)
    }

    @Test func parsesWithFoundationAndHasTheValues() throws {
        for pretty in [false, true] {
            let object = try jsonObject(SnapshotEncoder(pretty: pretty).encode(fullSnapshot))
            #expect(object["schema_version"] as? Int == 1)
            #expect(object["generated_at"] as? String == "2025-04-07T18:00:00+05:00")
            #expect(object["timezone"] as? String == "Asia/Karachi")
            let districts = try #require(object["districts"] as? [[String: Any]])
            #expect(districts.count == 2)
            let camps = try #require(districts[0]["camps"] as? [[String: Any]])
            #expect(camps[0]["population"] as? Int == 14210)
            #expect(camps[0]["denotified_on"] == nil)
            #expect(camps[1]["households"] == nil)
            #expect(camps[1]["denotified_on"] as? String == "2018-08-31")
            #expect((camps[1]["by_document"] as? [String: Int]) == ["acc": 12, "other": 3])
            let crossings = try #require(object["crossings"] as? [[String: Any]])
            #expect(crossings[0]["by_province"] as? [String: Int] == [
                "Khyber Pakhtunkhwa": 2010, "Punjab": 840, "Islamabad": 250, "Sindh": 20,
            ])
            #expect(Set(crossings[1].keys) == ["date", "point", "total"])
            let deadlines = try #require(object["deadlines"] as? [[String: Any]])
            #expect(deadlines[1]["applies_to"] == nil)
            #expect(deadlines[1]["note"] as? String == "A note.")
        }
    }

    @Test func omitsSourceWhenNilAndWritesEmptyArrays() throws {
        let snapshot = Snapshot(generatedAt: instant("2025-04-07T06:00:00+05:00"))
        #expect(text(SnapshotEncoder().encode(snapshot)) ==
            #"{"schema_version":1,"generated_at":"2025-04-07T06:00:00+05:00","timezone":"Asia/Karachi","districts":[],"crossings":[],"deadlines":[]}"#)
        let object = try jsonObject(SnapshotEncoder(pretty: true).encode(snapshot))
        #expect(object["source"] == nil)
        #expect((object["districts"] as? [Any])?.isEmpty == true)
    }

    @Test(arguments: [
        "plain",
        "quote \" and backslash \\ and slash /",
        "newline\ntab\tcarriage\rbackspace\u{08}formfeed\u{0C}",
        "nul \u{0} unit separator \u{1F} escape \u{1B} delete \u{7F}",
        "Pākistān — Khyber Pakhtunkhwa, «quoted»",
        "پشاور",
        "漢字かな交じり",
        "emoji 🇵🇰 👩‍👩‍👧 🏳️‍🌈 end",
        "\u{2028}\u{2029} separators",
        "",
        "\"",
        "\\\\\"\"\n",
    ])
    func stringsRoundTrip(_ value: String) throws {
        let snapshot = Snapshot(generatedAt: instant("2025-04-07T18:00:00+05:00"), source: value, districts: [
            District(id: "d", name: value, province: value, camps: [Camp(id: "c", name: value, status: .open, population: 1)]),
        ], crossings: [
            Crossing(date: day("2025-04-07"), point: value, total: 5, byProvince: [ProvinceCount(province: value, count: 2)]),
        ], deadlines: [Deadline(id: "x", title: value, due: instant("2025-04-07T18:00:00+05:00"), note: value)])
        for pretty in [false, true] {
            let bytes = SnapshotEncoder(pretty: pretty).encode(snapshot)
            let object = try jsonObject(bytes)
            #expect(object["source"] as? String == value)
            let district = try #require((object["districts"] as? [[String: Any]])?.first)
            #expect(district["name"] as? String == value)
            #expect(district["province"] as? String == value)
            #expect(((district["camps"] as? [[String: Any]])?.first?["name"] as? String) == value)
            let crossing = try #require((object["crossings"] as? [[String: Any]])?.first)
            #expect(crossing["point"] as? String == value)
            #expect(crossing["by_province"] as? [String: Int] == [value: 2])
            let deadline = try #require((object["deadlines"] as? [[String: Any]])?.first)
            #expect(deadline["title"] as? String == value)
            #expect(deadline["note"] as? String == value)
        }
    }

    @Test func escapesExactlyAsRFC8259Asks() {
        let value = "a\"b\\c/d\u{0}\u{1}\n\u{1F}\u{7F}é🇵🇰"
        let bytes = SnapshotEncoder().encode(Snapshot(generatedAt: instant("2025-04-07T18:00:00Z"), source: value))
        // Quote and backslash escaped, control characters as \u00XX (upper-case
        // hex), DEL and everything non-ASCII as raw UTF-8, '/' left alone.
        let expected = #""source":"a\"b\\c/d\u0000\u0001\u000A\u001F"# + "\u{7F}é🇵🇰\""
        #expect(text(bytes).contains(expected))
        #expect(!text(bytes).contains("\\u00E9"))
        #expect(bytes.contains(0xC3) && bytes.contains(0xA9)) // é as UTF-8
        // No raw control character anywhere in the output.
        #expect(!bytes.contains { $0 < 0x20 })
    }

    @Test(arguments: [
        (0, "0"), (7, "7"), (10, "10"), (99, "99"), (100_000_000, "100000000"), (1_234_567_890, "1234567890"),
        (-12, "-12"), (-1, "-1"), (Int.max, "9223372036854775807"), (Int.min, "-9223372036854775808"),
    ])
    func integersAreWrittenByHand(_ value: Int, _ expected: String) {
        // A crossing's total: the model keeps it as an Int (camps keep 32 bits, see CompactCount).
        let snapshot = Snapshot(generatedAt: instant("2025-04-07T18:00:00+05:00"), crossings: [
            Crossing(date: CalendarDay(year: 2025, month: 4, day: 6)!, point: "Torkham", total: value),
        ])
        #expect(text(SnapshotEncoder().encode(snapshot)).contains(#""total":\#(expected)}"#))
    }

    @Test(arguments: [
        "2025-04-07T18:00:00+05:00", "2025-04-07T13:00:00Z", "2025-04-07T08:00:00-05:00",
        "2025-04-07T18:00:00.25+05:00", "1999-12-31T23:59:59.123456789+05:30", "2025-04-07T18:00:00-00:30",
    ])
    func instantsKeepTheWritersOffset(_ value: String) throws {
        let snapshot = Snapshot(
            generatedAt: instant(value),
            deadlines: [Deadline(id: "d", title: "T", due: instant(value))]
        )
        let object = try jsonObject(SnapshotEncoder().encode(snapshot))
        #expect(object["generated_at"] as? String == value)
        #expect((object["deadlines"] as? [[String: Any]])?.first?["due"] as? String == value)
        #expect(Instant(rfc3339: object["generated_at"] as! String) == instant(value))
    }

    @Test(arguments: ["0001-01-01", "0999-02-03", "2024-02-29", "2025-12-31", "9999-12-31"])
    func daysAreZeroPadded(_ value: String) throws {
        let snapshot = Snapshot(generatedAt: instant("2025-04-07T18:00:00+05:00"), crossings: [
            Crossing(date: day(value), point: "Torkham", total: 1),
        ])
        let object = try jsonObject(SnapshotEncoder().encode(snapshot))
        #expect((object["crossings"] as? [[String: Any]])?.first?["date"] as? String == value)
    }

    @Test func prettyAndCompactHoldTheSameValues() throws {
        let snapshot = SyntheticSnapshotGenerator(districts: 12, campsPerDistrict: 5, days: 30, points: 7, seed: 42).snapshot()
        let compact = try JSONSerialization.jsonObject(with: Data(SnapshotEncoder().encode(snapshot))) as? NSDictionary
        let pretty = try JSONSerialization.jsonObject(with: Data(SnapshotEncoder(pretty: true).encode(snapshot))) as? NSDictionary
        #expect(compact != nil)
        #expect(compact == pretty)
    }

    /// The full-size snapshot (1,000 districts × 20 camps, 365 days × 6
    /// points) is about 4 MB. In a release build it encodes in a few
    /// milliseconds; the bound here is loose so that debug builds pass too.
    @Test func encodesAFullSizeSnapshotQuickly() throws {
        let snapshot = SyntheticSnapshotGenerator().snapshot()
        let encoder = SnapshotEncoder()
        _ = encoder.encode(snapshot) // warm up
        let clock = ContinuousClock()
        var bytes: [UInt8] = []
        let elapsed = clock.measure { bytes = encoder.encode(snapshot) }
        #expect(bytes.count > 3_500_000 && bytes.count < 6_000_000, "\(bytes.count) bytes")
        #expect(elapsed < .seconds(3), "encoding took \(elapsed)")
        let pretty = SnapshotEncoder(pretty: true).encode(snapshot)
        #expect(pretty.count > bytes.count)
        _ = try jsonObject(bytes)
    }
}
