import DashboardCore

/// One record read from an inotify descriptor.
struct InotifyEvent: Equatable {
    let watchDescriptor: Int32
    let mask: UInt32
    /// The entry's name inside the watched directory; empty when the event is
    /// about the directory itself (IN_ATTRIB, IN_DELETE_SELF, IN_IGNORED...).
    let name: String

    func has(_ flags: Int32) -> Bool { mask & UInt32(bitPattern: flags) != 0 }

    /// Parses the packed `struct inotify_event` records of one `read`:
    /// `wd`, `mask`, `cookie`, `len`, then `len` bytes of NUL-padded name.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> [InotifyEvent] {
        let headerSize = 16
        var events: [InotifyEvent] = []
        var offset = 0
        while offset + headerSize <= bytes.count {
            let watchDescriptor = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let nameLength = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let nameStart = offset + headerSize
            guard nameStart + nameLength <= bytes.count else { break }
            let nameBytes = bytes[nameStart..<nameStart + nameLength].prefix { $0 != 0 }
            events.append(InotifyEvent(watchDescriptor: watchDescriptor, mask: mask, name: PathBytes.string(fromName: nameBytes)))
            offset = nameStart + nameLength
        }
        return events
    }
}
