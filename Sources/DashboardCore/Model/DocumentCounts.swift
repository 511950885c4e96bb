/// People by the document they hold. Every member is optional in the format;
/// an absent member is unknown, not zero.
public struct DocumentCounts: Sendable, Equatable {
    // Stored in 32 bits each (see `CompactCount`): 16 bytes where four `Int?` took 64.
    private var storedPor = CompactCount.absent
    private var storedAcc = CompactCount.absent
    private var storedUndocumented = CompactCount.absent
    private var storedOther = CompactCount.absent

    public var por: Int? {
        get { CompactCount.load(storedPor) }
        set { storedPor = CompactCount.store(newValue) }
    }

    public var acc: Int? {
        get { CompactCount.load(storedAcc) }
        set { storedAcc = CompactCount.store(newValue) }
    }

    public var undocumented: Int? {
        get { CompactCount.load(storedUndocumented) }
        set { storedUndocumented = CompactCount.store(newValue) }
    }

    public var other: Int? {
        get { CompactCount.load(storedOther) }
        set { storedOther = CompactCount.store(newValue) }
    }

    public init(por: Int? = nil, acc: Int? = nil, undocumented: Int? = nil, other: Int? = nil) {
        self.por = por
        self.acc = acc
        self.undocumented = undocumented
        self.other = other
    }

    /// Sum of the members present; the format requires it not to exceed the whole.
    public var knownSum: Int { (por ?? 0) + (acc ?? 0) + (undocumented ?? 0) + (other ?? 0) }
}
