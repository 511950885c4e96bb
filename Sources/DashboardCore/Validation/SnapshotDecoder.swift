/// Turns snapshot bytes into a `Snapshot`, checking every rule of
/// snapshot-v1.md on the way and sorting problems into errors and warnings
/// exactly as the spec does. One pass over the parsed tape; no Codable.
public struct SnapshotDecoder {
    /// How far in the future `generated_at` may be before a warning (spec: 5 minutes).
    public static let futureTolerance: Int64 = 5 * 60
    /// Deadlines due earlier than this before `generated_at` draw a warning (spec: a year).
    public static let staleDeadlineAge: Int64 = 365 * 86_400

    /// Validates `bytes`. `now` is the wall clock, for the "in the future" warning.
    public static func decode(_ bytes: [UInt8], now: Instant) -> ValidationReport {
        let document: JSONDocument
        do {
            document = try JSONParser.parse(bytes)
        } catch {
            let issue = ValidationIssue(.error, error.path, "not valid JSON: \(error.message)", line: error.line, column: error.column)
            return ValidationReport(snapshot: nil, issues: [issue], errorCount: 1, warningCount: 0)
        }
        var decoder = SnapshotDecoder(reader: FieldReader(document: document), now: now)
        let snapshot = decoder.decodeSnapshot()
        let reader = decoder.reader
        return ValidationReport(
            snapshot: reader.errorCount == 0 ? snapshot : nil,
            issues: reader.issues, errorCount: reader.errorCount, warningCount: reader.warningCount
        )
    }

    var reader: FieldReader
    let now: Instant
    var document: JSONDocument { reader.document }

    // Ids and (date, point) pairs seen so far, with the path where each first
    // appeared, so a duplicate's message can point at its twin.
    var districtIds: [String: JSONPath] = [:]
    var campIds: [String: JSONPath] = [:]
    var deadlineIds: [String: JSONPath] = [:]
    var crossingKeys: [CrossingKey: Int] = [:]

    struct CrossingKey: Hashable {
        let day: CalendarDay
        let point: String
    }

    mutating func decodeSnapshot() -> Snapshot? {
        let root = JSONPath.root
        guard let members = reader.object(JSONDocument.rootIndex, root) else { return nil }
        var version: Int?, generatedAt: Instant?, timeZone: String?, source: String?
        var districts: [District]?, crossings: [Crossing]?, deadlines: [Deadline]?
        var seen = FieldsSeen()
        let required = ["schema_version", "generated_at", "districts", "crossings", "deadlines"]
        var sawTimeZone = false
        for (key, value) in members {
            if document.stringEquals(key, "schema_version") {
                seen.insert(0)
                version = decodeSchemaVersion(value)
            } else if document.stringEquals(key, "generated_at") {
                seen.insert(1)
                generatedAt = reader.instant(value, root.appending("generated_at"))
            } else if document.stringEquals(key, "timezone") {
                sawTimeZone = true
                timeZone = decodeTimeZone(value)
            } else if document.stringEquals(key, "source") {
                source = reader.text(value, root.appending("source"), minimum: 0, maximum: 200)
            } else if document.stringEquals(key, "districts") {
                seen.insert(2)
                districts = decodeDistricts(value)
            } else if document.stringEquals(key, "crossings") {
                seen.insert(3)
                crossings = decodeCrossings(value)
            } else if document.stringEquals(key, "deadlines") {
                seen.insert(4)
                deadlines = decodeDeadlines(value)
            } else {
                reader.unknownField(key, root)
            }
        }
        for (bit, field) in required.enumerated() where !seen.contains(bit) {
            reader.missing(root, field)
        }

        guard version == Snapshot.supportedSchemaVersion, let generatedAt, let districts, let crossings, let deadlines,
              !sawTimeZone || timeZone != nil
        else { return nil }
        checkTimes(generatedAt: generatedAt, deadlines: deadlines)
        return Snapshot(
            generatedAt: generatedAt, timeZoneIdentifier: timeZone ?? Snapshot.defaultTimeZoneIdentifier,
            source: source, districts: districts, crossings: crossings, deadlines: deadlines
        )
    }

    mutating func decodeSchemaVersion(_ node: Int) -> Int? {
        let path = JSONPath.root.appending("schema_version")
        guard document.kind(node) == .number else {
            reader.error(path, "must be the number 1, got \(reader.describe(node))")
            return nil
        }
        guard let version = document.plainInteger(node), version == Snapshot.supportedSchemaVersion else {
            reader.error(path, "unsupported schema_version \(reader.describe(node)) (this build reads \(Snapshot.supportedSchemaVersion))")
            return nil
        }
        return version
    }

    mutating func decodeTimeZone(_ node: Int) -> String? {
        let path = JSONPath.root.appending("timezone")
        guard let identifier = reader.text(node, path, maximum: 64) else { return nil }
        // An unknown zone would put every crossing on the wrong day: an error, not a guess.
        guard SnapshotTimeZone(identifier: identifier) != nil else {
            reader.error(path, "unknown IANA time zone \(reader.quoted(identifier)) (such as Asia/Karachi)")
            return nil
        }
        return identifier
    }

    /// Decodes every element of an array with `element`; nil (after recording
    /// every element's problems, not just the first) when any element failed.
    mutating func decodeArray<Element>(
        _ node: Int, _ path: JSONPath, element: (inout SnapshotDecoder, _ node: Int, _ path: JSONPath, _ index: Int) -> Element?
    ) -> [Element]? {
        guard let children = reader.array(node, path) else { return nil }
        var items: [Element] = []
        items.reserveCapacity(document.count(node))
        var failed = false
        for (index, child) in children.enumerated() {
            if let item = element(&self, child, path.appending(index), index) {
                items.append(item)
            } else {
                failed = true
            }
        }
        return failed ? nil : items
    }

    /// Reads an `id` that must be unique among `seen` (districts, camps across
    /// the snapshot, deadlines); a repeat names where the first one stands.
    mutating func uniqueIdentifier(
        _ node: Int, of path: JSONPath, kind: String, seen: WritableKeyPath<SnapshotDecoder, [String: JSONPath]>
    ) -> String? {
        guard let id = reader.identifier(node, path.appending("id")) else { return nil }
        if let first = self[keyPath: seen][id] {
            reader.error(path.appending("id"), "duplicate \(kind) id \(reader.quoted(id)) (first at \(first))")
            return nil
        }
        self[keyPath: seen][id] = path
        return id
    }

    /// Warnings that compare times: a snapshot from the future, deadlines long past.
    mutating func checkTimes(generatedAt: Instant, deadlines: [Deadline]) {
        let ahead = now.seconds(until: generatedAt)
        if ahead > Double(SnapshotDecoder.futureTolerance) {
            reader.warning(JSONPath.root.appending("generated_at"), "is \(SnapshotDecoder.durationText(ahead)) in the future (clock of the producer or of this machine?)")
        }
        let oldest = generatedAt.adding(seconds: -SnapshotDecoder.staleDeadlineAge)
        for (index, deadline) in deadlines.enumerated() where deadline.due < oldest {
            reader.warning(JSONPath.root.appending("deadlines").appending(index).appending("due"), "is more than a year before generated_at, got \(deadline.due)")
        }
    }

    static func durationText(_ seconds: Double) -> String {
        let minutes = Int(seconds / 60)
        if minutes < 120 { return "\(minutes) minutes" }
        let hours = minutes / 60
        return hours < 48 ? "\(hours) hours" : "\(hours / 24) days"
    }
}
