/// The open containers of a `JSONReader` and the keys of its open objects,
/// in plain buffers: the reader touches them for every key and element, and
/// Swift arrays would check uniqueness and bounds each time (a tenth of the
/// reading time, measured with callgrind).
final class JSONReaderStack {
    struct Frame {
        let isObject: Bool
        /// Where this object's keys start in `keys`.
        let firstKey: Int
        /// Elements (or members) begun so far.
        var count = 0
        /// The key of the member being read; nil between members. For paths.
        var key: JSONSpan?
        /// One bit per hash of each unescaped key so far: a key whose bit is
        /// clear is new without comparing it with the others.
        var keyBits: UInt64 = 0
        var hasEscapedKey = false
    }

    private(set) var depth = 0
    private let frames: UnsafeMutablePointer<Frame>
    private(set) var keyCount = 0
    private var keyCapacity = 64
    private var keyStorage: UnsafeMutablePointer<JSONSpan>
    /// Decoded keys of open objects too large to compare pairwise, by depth.
    var largeObjectKeys: [Int: Set<[UInt8]>] = [:]

    init(maximumDepth: Int) {
        frames = .allocate(capacity: maximumDepth)
        keyStorage = .allocate(capacity: keyCapacity)
    }

    deinit {
        frames.deallocate()
        keyStorage.deallocate()
    }

    /// The innermost open container; only while `depth > 0`.
    @inline(__always)
    var top: UnsafeMutablePointer<Frame> { frames + (depth - 1) }

    @inline(__always)
    subscript(level: Int) -> Frame { frames[level] }

    func push(isObject: Bool) {
        (frames + depth).initialize(to: Frame(isObject: isObject, firstKey: keyCount))
        depth += 1
    }

    func pop() {
        depth -= 1
        let frame = frames[depth]
        keyCount = frame.firstKey
        if !largeObjectKeys.isEmpty { largeObjectKeys[depth + 1] = nil }
    }

    /// The keys recorded for the innermost object.
    var topKeys: UnsafeBufferPointer<JSONSpan> {
        UnsafeBufferPointer(start: keyStorage + top.pointee.firstKey, count: keyCount - top.pointee.firstKey)
    }

    func appendKey(_ key: JSONSpan) {
        if keyCount == keyCapacity {
            let grown = UnsafeMutablePointer<JSONSpan>.allocate(capacity: keyCapacity * 2)
            grown.moveInitialize(from: keyStorage, count: keyCount)
            keyStorage.deallocate()
            keyStorage = grown
            keyCapacity *= 2
        }
        (keyStorage + keyCount).initialize(to: key)
        keyCount += 1
    }

    /// Forgets the innermost object's keys (they moved into `largeObjectKeys`).
    func dropTopKeys() {
        keyCount = top.pointee.firstKey
    }
}
