/// Turns snapshot bytes into a `Snapshot`, checking every rule of
/// snapshot-v1.md on the way and sorting problems into errors and warnings
/// exactly as the spec does. One pass over the bytes (`JSONReader`); no Codable.
public struct SnapshotDecoder {
    /// How far in the future `generated_at` may be before a warning (spec: 5
    /// minutes), unless the operator sets another (`--future-tolerance`).
    public static let futureTolerance: Int64 = 5 * 60
    /// Deadlines due earlier than this before `generated_at` draw a warning (spec: a year).
    public static let staleDeadlineAge: Int64 = 365 * 86_400

    /// Validates `bytes`. `now` is the wall clock, for the "in the future"
    /// warning past `futureToleranceSeconds`. `fastPaths: false` reads
    /// everything the general way (for the tests that compare the two; the
    /// report must not differ).
    public static func decode(_ bytes: [UInt8], now: Instant, futureToleranceSeconds: Double = Double(futureTolerance),
                              fastPaths: Bool = true) -> ValidationReport {
        bytes.withUnsafeBufferPointer { buffer in
            decode(buffer, now: now, futureToleranceSeconds: futureToleranceSeconds, fastPaths: fastPaths)
        }
    }

    /// The same over bytes the caller owns (a mapped file); the report keeps no pointer into them.
    public static func decode(_ buffer: UnsafeBufferPointer<UInt8>, now: Instant, futureToleranceSeconds: Double = Double(futureTolerance),
                              fastPaths: Bool = true) -> ValidationReport {
        var decoder = SnapshotDecoder(reader: FieldReader(json: JSONReader(bytes: buffer)), now: now,
                                      futureToleranceSeconds: futureToleranceSeconds, usesFastPaths: fastPaths)
        do throws(JSONReadFailure) {
            try decoder.reader.json.begin()
            let snapshot = try decoder.decodeSnapshot()
            try decoder.reader.json.end()
            let reader = decoder.reader
            return ValidationReport(
                snapshot: reader.errorCount == 0 ? snapshot : nil,
                issues: reader.issues, errorCount: reader.errorCount, warningCount: reader.warningCount
            )
        } catch {
            // Not JSON: what was found before the syntax error says nothing reliable.
            let error = decoder.reader.json.failure
            let issue = ValidationIssue(.error, error.path, "not valid JSON: \(error.message)", line: error.line, column: error.column)
            return ValidationReport(snapshot: nil, issues: [issue], errorCount: 1, warningCount: 0)
        }
    }

    var reader: FieldReader
    let now: Instant
    let futureToleranceSeconds: Double
    /// Whether objects written the common way are read by the fast paths
    /// (`decodeCommonCamp`) before the general way.
    let usesFastPaths: Bool

    // Ids and (date, point) pairs seen so far, with where each first
    // appeared, so a duplicate's message can point at its twin. Positions,
    // not paths: a path is made only for a message.
    var districtIds = IdentifierRegistry(kind: "district", array: "districts")
    var campIds = IdentifierRegistry(kind: "camp", array: "districts")
    var deadlineIds = IdentifierRegistry(kind: "deadline", array: "deadlines")
    var crossingRows = CrossingRowRegistry()
    /// Province and point names, each made into a String once.
    var names = TextInterner()
    /// The district being read, for the positions of its camps.
    var districtIndex = 0
    /// Camps in the last district read: the room reserved for the next one's.
    var campsInLastDistrict = 16

    enum SnapshotField: String, CaseIterable {
        case schemaVersion = "schema_version", generatedAt = "generated_at", timeZone = "timezone", source
        case districts, crossings, deadlines
    }

    static let snapshotFields = JSONFields<SnapshotField>()

    mutating func decodeSnapshot() throws(JSONReadFailure) -> Snapshot? {
        guard try reader.enterObject() else { return nil }
        var version: Int?, generatedAt: Instant?, timeZone: String?, source: String?
        var districts: [District]?, crossings: [Crossing]?, deadlines: [Deadline]?
        var seen = FieldsSeen(required: 5)
        let required = ["schema_version", "generated_at", "districts", "crossings", "deadlines"]
        var sawTimeZone = false
        while let member = try reader.nextField(SnapshotDecoder.snapshotFields) {
            switch member {
            case .known(.schemaVersion):
                seen.insert(0)
                version = try decodeSchemaVersion()
            case .known(.generatedAt):
                seen.insert(1)
                generatedAt = try reader.instant()
            case .known(.timeZone):
                sawTimeZone = true
                timeZone = try decodeTimeZone()
            case .known(.source):
                source = try reader.text(minimum: 0, maximum: 200)
            case .known(.districts):
                seen.insert(2)
                districts = try decodeDistricts()
            case .known(.crossings):
                seen.insert(3)
                crossings = try decodeCrossings()
            case .known(.deadlines):
                seen.insert(4)
                deadlines = try decodeDeadlines()
            case .unknown:
                try reader.unknownField()
            }
        }
        seen.reportMissing(required, to: &reader)

        guard version == Snapshot.supportedSchemaVersion, let generatedAt, let districts, let crossings, let deadlines,
              !sawTimeZone || timeZone != nil
        else { return nil }
        checkTimes(generatedAt: generatedAt, deadlines: deadlines)
        let snapshot = Snapshot(
            generatedAt: generatedAt, timeZoneIdentifier: timeZone ?? Snapshot.defaultTimeZoneIdentifier,
            source: source, districts: districts, crossings: crossings, deadlines: deadlines
        )
        checkCrossingDays(of: snapshot)
        warnAboutCrossingDatesLongBeforeTheSnapshot(snapshot)
        warnAboutBlankNames(districts: districts, crossings: crossings, deadlines: deadlines)
        return snapshot
    }

    mutating func decodeSchemaVersion() throws(JSONReadFailure) -> Int? {
        guard try reader.json.peek() == .number else {
            try reader.refuse { "must be the number 1, got \($0)" }
            return nil
        }
        let span = try reader.json.readNumber()
        guard let version = reader.json.plainInteger(span), version == Snapshot.supportedSchemaVersion else {
            reader.error("unsupported schema_version \(reader.describe(number: span)) (this build reads \(Snapshot.supportedSchemaVersion))")
            return nil
        }
        return version
    }

    mutating func decodeTimeZone() throws(JSONReadFailure) -> String? {
        guard let identifier = try reader.text(maximum: 64) else { return nil }
        if let problem = TimeZoneNameRule.offsetSpellingProblem(identifier) {
            reader.error("\(reader.quoted(identifier)) \(problem)")
            return nil
        }
        // An unknown zone would put every crossing on the wrong day: an error, not a guess.
        guard SnapshotTimeZone(identifier: identifier) != nil else {
            reader.error("unknown IANA time zone \(reader.quoted(identifier)) (such as Asia/Karachi)")
            return nil
        }
        return identifier
    }

    /// Decodes every element of an array with `element` (given its index);
    /// nil (after recording every element's problems, not just the first)
    /// when any element failed.
    /// `expecting` reserves room for that many at once (the length is not
    /// known before the end of the array; growing by doubling copies).
    @inline(__always) // specialised for each element type: no value-witness calls per element
    mutating func decodeArray<Element>(
        expecting: Int = 64, element: (inout SnapshotDecoder, _ index: Int) throws(JSONReadFailure) -> Element?
    ) throws(JSONReadFailure) -> [Element]? {
        guard try reader.enterArray() else { return nil }
        var items: [Element] = []
        items.reserveCapacity(expecting)
        var failed = false
        var index = 0
        while try reader.nextElement() {
            if let item = try element(&self, index) {
                items.append(item)
            } else {
                failed = true
            }
            index += 1
        }
        if failed { return nil }
        // Room reserved for far more than came (a district of 2 camps after one of 200): give it back,
        // so what a snapshot costs is bounded by what it holds.
        if items.isEmpty { return [] } // no storage at all: the common empty district
        if items.capacity > 2 * items.count + 8 {
            var exact: [Element] = []
            exact.reserveCapacity(items.count)
            exact.append(contentsOf: items)
            return exact
        }
        return items
    }

    /// Warnings that compare times: a snapshot from the future, deadlines long past.
    mutating func checkTimes(generatedAt: Instant, deadlines: [Deadline]) {
        let ahead = now.seconds(until: generatedAt)
        if ahead > futureToleranceSeconds {
            reader.warning(at: JSONPath.root.appending("generated_at"),
                           "is \(SnapshotDecoder.durationText(ahead)) in the future" + SnapshotDecoder.futureWarningEnding)
        }
        let oldest = generatedAt.adding(seconds: -SnapshotDecoder.staleDeadlineAge)
        for (index, deadline) in deadlines.enumerated() where deadline.due < oldest {
            reader.warning(at: JSONPath.root.appending("deadlines").appending(index).appending("due"), "is more than a year before generated_at, got \(deadline.due)")
        }
    }

    static let futureWarningEnding = " (clock of the producer or of this machine?); the dashboard holds it aside until then"

    /// The warning above, which is true only until the clock reaches the snapshot.
    public static func isFutureWarning(_ issue: ValidationIssue) -> Bool {
        issue.severity == .warning && issue.path == JSONPath.root.appending("generated_at") && issue.message.hasSuffix(futureWarningEnding)
    }

    /// A crossing row dated after the snapshot's own day counts people who
    /// have not crossed yet, as far as the snapshot knows: a producer's
    /// mistake (a wrong zone, a typo). The figures leave it out
    /// (`CrossingPointFigures`); this says so, with the row and its date.
    mutating func checkCrossingDays(of snapshot: Snapshot) {
        let today = SnapshotDay.today(of: snapshot)
        for (index, crossing) in snapshot.crossings.enumerated() where crossing.date > today {
            reader.warning(
                at: JSONPath.root.appending("crossings").appending(index).appending("date"),
                "\(crossing.date) is after the snapshot's own day \(today) (generated_at in \(snapshot.timeZoneIdentifier)): the row is counted nowhere"
            )
        }
    }

    static func durationText(_ seconds: Double) -> String {
        let minutes = Int(seconds / 60)
        if minutes < 120 { return "\(minutes) minutes" }
        let hours = minutes / 60
        return hours < 48 ? "\(hours) hours" : "\(hours / 24) days"
    }
}
