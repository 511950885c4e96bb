/// People by the document they hold. Every member is optional in the format;
/// an absent member is unknown, not zero.
public struct DocumentCounts: Sendable, Equatable {
    // 32 bits each (see `CompactCount`): 16 bytes where four `Int?` took 64.
    @CompactCount public var por: Int?
    @CompactCount public var acc: Int?
    @CompactCount public var undocumented: Int?
    @CompactCount public var other: Int?

    public init(por: Int? = nil, acc: Int? = nil, undocumented: Int? = nil, other: Int? = nil) {
        self.por = por
        self.acc = acc
        self.undocumented = undocumented
        self.other = other
    }

    /// Sum of the members present; the format requires it not to exceed the whole.
    public var knownSum: Int { (por ?? 0) + (acc ?? 0) + (undocumented ?? 0) + (other ?? 0) }
}
