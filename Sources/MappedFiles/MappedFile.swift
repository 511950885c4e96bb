import CMappedFile

/// A file's bytes mapped read-only, for the one-shot commands: no copy into
/// a buffer and no first-touch faults on fresh heap pages. If the file is
/// truncated while mapped, touching the vanished pages does not kill the
/// process: they read as zeros and `faulted` turns true (see CMappedFile.c),
/// and the caller must throw away whatever it made of the bytes.
/// The live dashboard never maps: it keeps read(), whose copy is its own.
public final class MappedFile {
    public let bytes: UnsafeBufferPointer<UInt8>
    private let slot: Int32

    /// Maps the first `length` bytes of `descriptor` (which stays the caller's
    /// to close); nil when the mapping cannot be made (then read() it). Not for
    /// an empty file: there is nothing to map.
    public init?(descriptor: Int32, length: Int) {
        guard length > 0 else { return nil }
        var slot: Int32 = -1
        guard let address = mapped_file_map(descriptor, length, &slot) else { return nil }
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: length)
        self.slot = slot
    }

    /// Whether the file shrank under the mapping since it was made.
    public var faulted: Bool { mapped_file_faulted(slot) != 0 }

    deinit { mapped_file_unmap(bytes.baseAddress, bytes.count, slot) }
}
