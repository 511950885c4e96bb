extension SnapshotDecoder {
    mutating func decodeDeadlines() throws(JSONReadFailure) -> [Deadline]? {
        try decodeArray { decoder, index throws(JSONReadFailure) in try decoder.decodeDeadline(index) }
    }

    mutating func decodeDeadline(_ index: Int) throws(JSONReadFailure) -> Deadline? {
        guard try reader.enterObject() else { return nil }
        var id: String?, title: String?, due: Instant?, appliesTo: Deadline.AppliesTo?, note: String?
        var seen = FieldsSeen(required: 3)
        var failed = false
        while let key = try reader.nextKey() {
            if reader.key(key, is: "id") {
                seen.insert(0)
                id = try deadlineIds.readUnique(from: &reader, at: .init(index))
            } else if reader.key(key, is: "title") {
                seen.insert(1)
                title = try reader.text(maximum: 120)
            } else if reader.key(key, is: "due") {
                seen.insert(2)
                due = try reader.instant()
            } else if reader.key(key, is: "applies_to") {
                appliesTo = try reader.choice("applies_to", as: Deadline.AppliesTo.self)
                failed = failed || appliesTo == nil
            } else if reader.key(key, is: "note") {
                note = try reader.text(minimum: 0, maximum: 280)
                failed = failed || note == nil
            } else {
                try reader.unknownField()
            }
        }
        seen.reportMissing(["id", "title", "due"], to: &reader)
        guard !failed, let id, let title, let due else { return nil }
        return Deadline(id: id, title: title, due: due, appliesTo: appliesTo, note: note)
    }
}
