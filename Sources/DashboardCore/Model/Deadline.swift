public struct Deadline: Sendable, Equatable {
    public enum AppliesTo: String, Sendable, CaseIterable {
        case por, acc, undocumented, all
    }

    public var id: String
    public var title: String
    public var due: Instant
    public var appliesTo: AppliesTo?
    public var note: String?

    public init(id: String, title: String, due: Instant, appliesTo: AppliesTo? = nil, note: String? = nil) {
        self.id = id
        self.title = title
        self.due = due
        self.appliesTo = appliesTo
        self.note = note
    }
}
