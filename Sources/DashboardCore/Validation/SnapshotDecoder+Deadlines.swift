extension SnapshotDecoder {
    enum DeadlineField: String, CaseIterable {
        case id, title, due, appliesTo = "applies_to", note
    }

    static let deadlineFields = JSONFields<DeadlineField>()

    mutating func decodeDeadlines() throws(JSONReadFailure) -> [Deadline]? {
        try decodeArray { decoder, index throws(JSONReadFailure) in try decoder.decodeDeadline(index) }
    }

    mutating func decodeDeadline(_ index: Int) throws(JSONReadFailure) -> Deadline? {
        guard try reader.enterObject() else { return nil }
        var id: String?, title: String?, due: Instant?, appliesTo: Deadline.AppliesTo?, note: String?
        var seen = FieldsSeen(required: 3)
        var failed = false
        while let member = try reader.nextField(SnapshotDecoder.deadlineFields) {
            switch member {
            case .known(.id):
                seen.insert(0)
                id = try deadlineIds.readUnique(from: &reader, at: .init(index))
            case .known(.title):
                seen.insert(1)
                title = try reader.text(maximum: 120)
            case .known(.due):
                seen.insert(2)
                due = try reader.instant()
            case .known(.appliesTo):
                appliesTo = try reader.choice("applies_to", as: Deadline.AppliesTo.self)
                failed = failed || appliesTo == nil
            case .known(.note):
                note = try reader.text(minimum: 0, maximum: 280)
                failed = failed || note == nil
            case .unknown:
                try reader.unknownField()
            }
        }
        seen.reportMissing(["id", "title", "due"], to: &reader)
        guard !failed, let id, let title, let due else { return nil }
        return Deadline(id: id, title: title, due: due, appliesTo: appliesTo, note: note)
    }
}
