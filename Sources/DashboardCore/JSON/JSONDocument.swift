/// A parsed JSON document: the original bytes plus the tape of nodes
/// (see `JSONNode`). Node 0 is the top-level value. Any JSON value, for the
/// conformance tests and the fuzzer; snapshots are decoded from `JSONReader`.
public struct JSONDocument: Sendable {
    public let bytes: [UInt8]
    public let nodes: [JSONNode]

    init(bytes: [UInt8], nodes: [JSONNode]) {
        self.bytes = bytes
        self.nodes = nodes
    }

    public func kind(_ node: Int) -> JSONNode.Kind { nodes[node].kind }

    /// The elements of an array, by node index, in order.
    public func elements(of array: Int) -> JSONChildren {
        JSONChildren(nodes: nodes, first: array + 1, count: Int(nodes[array].count), stride: 1)
    }

    /// The members of an object as (key node, value node) index pairs, in order.
    public func members(of object: Int) -> JSONMembers {
        JSONMembers(nodes: nodes, first: object + 1, count: Int(nodes[object].count))
    }

    /// Decoded text of a string node.
    public func string(_ node: Int) -> String {
        let item = nodes[node]
        return bytes.withUnsafeBufferPointer { buffer in
            JSONStringDecoder.decode(UnsafeBufferPointer(rebasing: buffer[Int(item.start)..<Int(item.start + item.length)]), hasEscapes: item.flag)
        }
    }

    /// True when a string node's decoded text equals `text`; no allocation
    /// for unescaped strings, which is what keys nearly always are.
    public func stringEquals(_ node: Int, _ text: StaticString) -> Bool {
        let item = nodes[node]
        guard !item.flag else { return string(node) == text.description }
        guard Int(item.length) == text.utf8CodeUnitCount else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            let base = buffer.baseAddress! + Int(item.start)
            let other = text.utf8Start
            for offset in 0..<Int(item.length) where base[offset] != other[offset] { return false }
            return true
        }
    }

    /// The raw text of a node as written (numbers, literals; strings without quotes).
    public func rawText(_ node: Int) -> String {
        let item = nodes[node]
        return String(decoding: bytes[Int(item.start)..<Int(item.start + item.length)], as: UTF8.self)
    }

    /// The value of a number written as plain digits (no sign, fraction or
    /// exponent) when it fits; nil otherwise.
    public func plainInteger(_ node: Int) -> Int? {
        let item = nodes[node]
        guard item.kind == .number, item.flag, item.length <= 18 else { return nil }
        var value = 0
        for offset in Int(item.start)..<Int(item.start + item.length) {
            value = value * 10 + Int(bytes[offset] - 48)
        }
        return value
    }

    /// Any number node as a Double (as Foundation would read it).
    public func double(_ node: Int) -> Double? {
        Double(rawText(node))
    }
}

/// Node indices of an array's elements, walked by skipping subtrees.
public struct JSONChildren: Sequence {
    let nodes: [JSONNode]
    let first: Int
    let count: Int
    let stride: Int

    public struct Iterator: IteratorProtocol {
        let nodes: [JSONNode]
        var cursor: Int
        var remaining: Int

        public mutating func next() -> Int? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            let current = cursor
            cursor = Int(nodes[current].end)
            return current
        }
    }

    public func makeIterator() -> Iterator { Iterator(nodes: nodes, cursor: first, remaining: count) }
    public var underestimatedCount: Int { count }
}

/// (key, value) node indices of an object's members.
public struct JSONMembers: Sequence {
    let nodes: [JSONNode]
    let first: Int
    let count: Int

    public struct Iterator: IteratorProtocol {
        let nodes: [JSONNode]
        var cursor: Int
        var remaining: Int

        public mutating func next() -> (key: Int, value: Int)? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            let key = cursor
            cursor = Int(nodes[key + 1].end)
            return (key, key + 1)
        }
    }

    public func makeIterator() -> Iterator { Iterator(nodes: nodes, cursor: first, remaining: count) }
    public var underestimatedCount: Int { count }
}
