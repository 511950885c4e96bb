/// A snapshot that `generate` or `replay` made but that `validate` would
/// reject (a date pushed before year 1, a file past the size limit...).
public struct RejectedEncoding: Error, CustomStringConvertible, Sendable {
    public let description: String
}

extension SnapshotEncoder {
    /// The snapshot's bytes, read back through the same decoder and size limit
    /// as `validate` and the dashboard: what `generate` and `replay` write is
    /// never a snapshot they would refuse, whatever the options and inputs.
    public func encodeValidated(_ snapshot: Snapshot, sizeLimit: Int = SnapshotLoader.defaultSizeLimit,
                                now: Instant) throws(RejectedEncoding) -> [UInt8] {
        let bytes = encode(snapshot)
        guard bytes.count <= sizeLimit else {
            throw RejectedEncoding(description: "the snapshot would be \(bytes.count) bytes, over the size limit of \(sizeLimit) bytes")
        }
        let report = SnapshotDecoder.decode(bytes, now: now)
        if let error = report.errors.first {
            throw RejectedEncoding(description: "the snapshot would not validate: \(error)")
        }
        return bytes
    }
}
