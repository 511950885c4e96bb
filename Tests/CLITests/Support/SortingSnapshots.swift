import Foundation

/// Two snapshots (18:00, then 21:00) made so that every column of both tables
/// sorts the rows into an order of its own, worked out by hand below, with
/// names that only natural order reads right (`833-2` before `833-10`,
/// `camp 1` before `Camp 9` before `Camp 10`), a new district and camp, and a
/// district and a camp gone since 18:00.
///
/// Districts at 21:00 (Change against 18:00):
///
///     district  province            camps  pop    PoR   ACC   Undoc.  Other  Households  Change
///     833-10    Sindh               1/1    400    100   50    150     –      80          +100
///     833-2     Punjab              2/2    1,000  600   300   100     –      200         0
///     Attock    Punjab              1/2    700    0     590   100     5      150         -200
///     bannu     Khyber Pakhtunkhwa  0/1    50     40    10    0       –      10          -10
///     Newtown   Sindh               2/2    60     60    0     0       –      12          new (+60)
///     Zhob      Balochistan         4/5    2,050  ≥900  ≥550  ≥370    ≥7     ≥125        0
///     Kurram    gone (500 at 18:00)                                                      -500
///
/// Zhob's camps at 21:00:
///
///     camp      status      pop    PoR  ACC  Undoc.  Other  Households  De-notified  Change
///     Camp 10   open        1,000  200  500  150     7      –                        +100 (900 at 18:00)
///     Camp 9    open        600    450  20   100     –      15                       -100 (700)
///     camp 1    open        400    200  30   120     –      90                       0 (400)
///     Camp 2    open        50     50   0    0       –      20                       new (+50)
///     Old Camp  denotified  0      –    –    –       –      –           2024-11-30   0 (0)
///     Camp 5    gone (50 at 18:00)                                                   -50
///
/// Zhob at 18:00: 900 + 700 + 400 + 0 + 50 = 2,050, so its change is 0.
enum SortingSnapshots {
    static let now = "2025-04-07T21:30:00+05:00"

    /// Each district column's order, largest first for figures (the default,
    /// and `-desc`) and then `-asc`, the gone district left out (it is last
    /// whatever the sort). Ties read A→Z by name in both directions.
    static let districtOrders: [String: (descending: [String], ascending: [String])] = [
        "name": (["Zhob", "Newtown", "bannu", "Attock", "833-10", "833-2"], ["833-2", "833-10", "Attock", "bannu", "Newtown", "Zhob"]),
        "province": (["833-10", "Newtown", "833-2", "Attock", "bannu", "Zhob"], ["Zhob", "bannu", "833-2", "Attock", "833-10", "Newtown"]),
        "camps": (["Zhob", "833-2", "Newtown", "Attock", "833-10", "bannu"], ["bannu", "833-10", "Attock", "833-2", "Newtown", "Zhob"]),
        "population": (["Zhob", "833-2", "Attock", "833-10", "Newtown", "bannu"], ["bannu", "Newtown", "833-10", "Attock", "833-2", "Zhob"]),
        "por": (["Zhob", "833-2", "833-10", "Newtown", "bannu", "Attock"], ["Attock", "bannu", "Newtown", "833-10", "833-2", "Zhob"]),
        "acc": (["Attock", "Zhob", "833-2", "833-10", "bannu", "Newtown"], ["Newtown", "bannu", "833-10", "833-2", "Zhob", "Attock"]),
        "undocumented": (["Zhob", "833-10", "833-2", "Attock", "bannu", "Newtown"], ["bannu", "Newtown", "833-2", "Attock", "833-10", "Zhob"]),
        // Unreported sums sort below every reported one.
        "other": (["Zhob", "Attock", "833-2", "833-10", "bannu", "Newtown"], ["833-2", "833-10", "bannu", "Newtown", "Attock", "Zhob"]),
        "households": (["833-2", "Attock", "Zhob", "833-10", "Newtown", "bannu"], ["bannu", "Newtown", "833-10", "Zhob", "Attock", "833-2"]),
        // Largest increase first (the new district as +60), no change in the middle, the largest drop last.
        "change": (["833-10", "Newtown", "833-2", "Zhob", "bannu", "Attock"], ["Attock", "bannu", "833-2", "Zhob", "Newtown", "833-10"]),
    ]

    /// Each camp column's order in Zhob, as above (the gone camp left out).
    static let campOrders: [String: (descending: [String], ascending: [String])] = [
        "name": (["Old Camp", "Camp 10", "Camp 9", "Camp 2", "camp 1"], ["camp 1", "Camp 2", "Camp 9", "Camp 10", "Old Camp"]),
        // `denotified` before `open`.
        "status": (["camp 1", "Camp 2", "Camp 9", "Camp 10", "Old Camp"], ["Old Camp", "camp 1", "Camp 2", "Camp 9", "Camp 10"]),
        "population": (["Camp 10", "Camp 9", "camp 1", "Camp 2", "Old Camp"], ["Old Camp", "Camp 2", "camp 1", "Camp 9", "Camp 10"]),
        // camp 1 and Camp 10 tie at 200: A→Z both ways. Unknown values sort below every known one.
        "por": (["Camp 9", "camp 1", "Camp 10", "Camp 2", "Old Camp"], ["Old Camp", "Camp 2", "camp 1", "Camp 10", "Camp 9"]),
        "acc": (["Camp 10", "camp 1", "Camp 9", "Camp 2", "Old Camp"], ["Old Camp", "Camp 2", "Camp 9", "camp 1", "Camp 10"]),
        "undocumented": (["Camp 10", "camp 1", "Camp 9", "Camp 2", "Old Camp"], ["Old Camp", "Camp 2", "Camp 9", "camp 1", "Camp 10"]),
        "other": (["Camp 10", "camp 1", "Camp 2", "Camp 9", "Old Camp"], ["camp 1", "Camp 2", "Camp 9", "Old Camp", "Camp 10"]),
        "households": (["camp 1", "Camp 2", "Camp 9", "Camp 10", "Old Camp"], ["Camp 10", "Old Camp", "Camp 9", "Camp 2", "camp 1"]),
        "denotified": (["Old Camp", "camp 1", "Camp 2", "Camp 9", "Camp 10"], ["camp 1", "Camp 2", "Camp 9", "Camp 10", "Old Camp"]),
        "change": (["Camp 10", "Camp 2", "camp 1", "Old Camp", "Camp 9"], ["Camp 9", "camp 1", "Old Camp", "Camp 2", "Camp 10"]),
    ]

    static func camp(_ id: String, _ name: String, _ population: Int, status: String = "open", documents: String? = nil,
                     households: Int? = nil, extra: String = "") -> String {
        let documentsText = documents.map { #", "by_document": {\#($0)}"# } ?? ""
        let householdsText = households.map { #", "households": \#($0)"# } ?? ""
        return #"{"id": "\#(id)", "name": "\#(name)", "status": "\#(status)", "population": \#(population)\#(documentsText)\#(householdsText)\#(extra)}"#
    }

    static func district(_ id: String, _ name: String, _ province: String, _ camps: [String]) -> String {
        #"{"id": "\#(id)", "name": "\#(name)", "province": "\#(province)", "camps": [\#(camps.joined(separator: ", "))]}"#
    }

    static func snapshot(at time: String, districts: [String]) -> String {
        """
        {"schema_version": 1, "generated_at": "2025-04-07T\(time):00+05:00", "timezone": "Asia/Karachi",
         "districts": [\(districts.joined(separator: ",\n "))],
         "crossings": [], "deadlines": []}
        """
    }

    /// Districts at 18:00 (`before`) or 21:00.
    static func districts(before: Bool) -> [String] {
        let c83310 = district("sd-833-10", "833-10", "Sindh", [
            camp("s10", "Site A", before ? 300 : 400, documents: #""por": 100, "acc": 50, "undocumented": 150"#, households: 80)])
        let c8332 = district("pb-833-2", "833-2", "Punjab", ["s2a", "s2b"].map {
            camp($0, "Site \($0)", 500, documents: #""por": 300, "acc": 150, "undocumented": 50"#, households: 100)
        })
        let attock = district("pb-attock", "Attock", "Punjab", [
            camp("a1", "Attock One", before ? 900 : 700, documents: #""por": 0, "acc": 590, "undocumented": 100, "other": 5"#, households: 150),
            camp("a2", "Attock Two", 0, status: "closed", documents: #""por": 0, "acc": 0, "undocumented": 0, "other": 0"#, households: 0),
        ])
        let bannu = district("kp-bannu", "bannu", "Khyber Pakhtunkhwa", [
            camp("b1", "Bannu One", before ? 60 : 50, status: "closed", documents: #""por": 40, "acc": 10, "undocumented": 0"#, households: 10)])
        let newtown = district("sd-newtown", "Newtown", "Sindh", ["n1", "n2"].map {
            camp($0, "Newtown \($0)", 30, documents: #""por": 30, "acc": 0, "undocumented": 0"#, households: 6)
        })
        let kurram = district("kp-kurram", "Kurram", "Khyber Pakhtunkhwa", [camp("k1", "Kurram One", 500)])
        var zhobCamps = [
            camp("z10", "Camp 10", before ? 900 : 1000, documents: #""por": 200, "acc": 500, "undocumented": 150, "other": 7"#),
            camp("z9", "Camp 9", before ? 700 : 600, documents: #""por": 450, "acc": 20, "undocumented": 100"#, households: 15),
            camp("z1", "camp 1", 400, documents: #""por": 200, "acc": 30, "undocumented": 120"#, households: 90),
            camp("zold", "Old Camp", 0, status: "denotified", extra: #", "denotified_on": "2024-11-30""#),
        ]
        zhobCamps.append(before ? camp("z5", "Camp 5", 50) : camp("z2", "Camp 2", 50, documents: #""por": 50, "acc": 0, "undocumented": 0"#, households: 20))
        let zhob = district("bl-zhob", "Zhob", "Balochistan", zhobCamps)
        return before ? [c83310, c8332, attock, bannu, kurram, zhob] : [c83310, c8332, attock, bannu, newtown, zhob]
    }

    /// The two snapshots in a fresh directory.
    static func directory() throws -> ScratchDirectory {
        let directory = try ScratchDirectory()
        try directory.write("2025-04-07T1800.json", snapshot(at: "18:00", districts: districts(before: true)))
        try directory.write("2025-04-07T2100.json", snapshot(at: "21:00", districts: districts(before: false)))
        return directory
    }
}
