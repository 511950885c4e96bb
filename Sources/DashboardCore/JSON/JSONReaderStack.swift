/// The open containers of a `JSONReader` and the keys of its open objects,
/// in plain buffers: the reader touches them for every key and element, and
/// Swift arrays (uniqueness and bounds checks) or a class's stored properties
/// (run-time exclusivity checks) cost a tenth of the reading time, measured
/// with callgrind. The buffers are owned by a class for their deallocation;
/// the counts live in this struct, inside the reader.
struct JSONReaderStack {
    struct Frame {
        let isObject: Bool
        /// Where this object's keys start in the key buffer.
        let firstKey: Int
        /// Elements (or members) begun so far.
        var count = 0
        /// The key of the member being read; nil between members. For paths.
        var key: JSONSpan?
        /// One bit per hash of each unescaped key so far: a key whose bit is
        /// clear is new without comparing it with the others.
        var keyBits: UInt64 = 0
        var hasEscapedKey = false
        /// Keys recorded for the duplicate check (all of `nextKey`'s, the
        /// unknown ones of `nextField`).
        var recordedKeys = 0
        /// `nextField`: one bit per field read so far, and the field expected next.
        var knownFields: UInt32 = 0
        var fieldHint = 0
    }

    private final class Buffers {
        let frames: UnsafeMutablePointer<Frame>
        let keys: UnsafeMutablePointer<JSONSpan>
        var failure: JSONSyntaxError?

        init(frames: Int, keys: Int) {
            self.frames = .allocate(capacity: frames)
            self.keys = .allocate(capacity: keys)
        }

        deinit {
            frames.deallocate()
            keys.deallocate()
        }
    }

    private let buffers: Buffers
    private(set) var depth = 0
    private var keyCount = 0
    /// Decoded keys of open objects too large to compare pairwise, by depth.
    var largeObjectKeys: [Int: Set<[UInt8]>] = [:]

    /// Room for `maximumDepth` containers, each object with up to
    /// `keysPerObject` keys compared pairwise (larger ones use a set).
    init(maximumDepth: Int, keysPerObject: Int) {
        buffers = Buffers(frames: maximumDepth, keys: maximumDepth * keysPerObject)
    }

    /// Why the reader threw, kept here so that what it throws can be one word.
    var failure: JSONSyntaxError? {
        get { buffers.failure }
        nonmutating set { buffers.failure = newValue }
    }

    /// The innermost open container; only while `depth > 0`.
    @inline(__always)
    var top: UnsafeMutablePointer<Frame> { buffers.frames + (depth - 1) }

    @inline(__always)
    subscript(level: Int) -> Frame { buffers.frames[level] }

    @inline(__always)
    mutating func push(isObject: Bool) {
        (buffers.frames + depth).initialize(to: Frame(isObject: isObject, firstKey: keyCount))
        depth += 1
    }

    @inline(__always)
    mutating func pop() {
        depth -= 1
        keyCount = buffers.frames[depth].firstKey
        if !largeObjectKeys.isEmpty { largeObjectKeys[depth + 1] = nil }
    }

    /// The keys recorded for the innermost object.
    var topKeys: UnsafeBufferPointer<JSONSpan> {
        UnsafeBufferPointer(start: buffers.keys + top.pointee.firstKey, count: keyCount - top.pointee.firstKey)
    }

    @inline(__always)
    mutating func appendKey(_ key: JSONSpan) {
        (buffers.keys + keyCount).initialize(to: key)
        keyCount += 1
    }

    /// Forgets the innermost object's keys (they moved into `largeObjectKeys`).
    mutating func dropTopKeys() {
        keyCount = top.pointee.firstKey
    }
}
