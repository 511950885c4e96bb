extension SnapshotDecoder {
    mutating func decodeDeadlines(_ node: Int) -> [Deadline]? {
        decodeArray(node, JSONPath.root.appending("deadlines")) { decoder, child, childPath, _ in decoder.decodeDeadline(child, childPath) }
    }

    mutating func decodeDeadline(_ node: Int, _ path: JSONPath) -> Deadline? {
        guard let members = reader.object(node, path) else { return nil }
        var id: String?, title: String?, due: Instant?, appliesTo: Deadline.AppliesTo?, note: String?
        var seen = FieldsSeen()
        var failed = false
        for (key, value) in members {
            if document.stringEquals(key, "id") {
                seen.insert(0)
                id = uniqueIdentifier(value, of: path, kind: "deadline", seen: \.deadlineIds)
            } else if document.stringEquals(key, "title") {
                seen.insert(1)
                title = reader.text(value, path.appending("title"), maximum: 120)
            } else if document.stringEquals(key, "due") {
                seen.insert(2)
                due = reader.instant(value, path.appending("due"))
            } else if document.stringEquals(key, "applies_to") {
                appliesTo = reader.choice(value, path.appending("applies_to"), "applies_to", as: Deadline.AppliesTo.self)
                failed = failed || appliesTo == nil
            } else if document.stringEquals(key, "note") {
                note = reader.text(value, path.appending("note"), minimum: 0, maximum: 280)
                failed = failed || note == nil
            } else {
                reader.unknownField(key, path)
            }
        }
        for (bit, field) in ["id", "title", "due"].enumerated() where !seen.contains(bit) {
            reader.missing(path, field)
        }
        guard !failed, let id, let title, let due else { return nil }
        return Deadline(id: id, title: title, due: due, appliesTo: appliesTo, note: note)
    }
}
