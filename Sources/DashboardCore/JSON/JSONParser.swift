/// Reads a whole JSON document into a `JSONDocument` (a tape of nodes), for
/// code that wants any JSON value rather than a snapshot: the conformance
/// tests and the fuzzer. Snapshots are decoded straight from `JSONReader`,
/// so both share one grammar and one set of error messages.
public enum JSONParser {
    public static var maximumDepth: Int { JSONReader.maximumDepth }

    public static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONDocument {
        let result: Result<[JSONNode], JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(JSONSyntaxError) {
                return .success(try tape(of: buffer))
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let nodes): return JSONDocument(bytes: bytes, nodes: nodes)
        case .failure(let error): throw error
        }
    }

    private static func tape(of bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> [JSONNode] {
        var reader = JSONReader(bytes: bytes)
        do throws(JSONReadFailure) {
            return try tape(reading: &reader)
        } catch {
            throw reader.failure
        }
    }

    private static func tape(reading reader: inout JSONReader) throws(JSONReadFailure) -> [JSONNode] {
        var nodes: [JSONNode] = []
        var open: [(node: Int, count: UInt32)] = [] // containers being filled
        try reader.begin()
        try reader.walkValue { event in
            // An array counts its elements as they begin; an object, its keys.
            switch event {
            case .open, .scalar:
                if let container = open.last, nodes[container.node].kind == .array { open[open.count - 1].count += 1 }
            case .key:
                open[open.count - 1].count += 1
            case .close:
                break
            }
            switch event {
            case .open(let kind, let start):
                open.append((nodes.count, 0))
                nodes.append(JSONNode(kind: kind, start: start, end: 0))
            case .key(let span), .scalar(.string, let span):
                nodes.append(JSONNode(kind: .string, flag: span.flag, start: span.start, length: span.length, end: nodes.count + 1))
            case .scalar(let kind, let span):
                nodes.append(JSONNode(kind: kind, flag: span.flag, start: span.start, length: span.length, end: nodes.count + 1))
            case .close(let end):
                let container = open.removeLast()
                nodes[container.node].count = container.count
                nodes[container.node].end = UInt32(truncatingIfNeeded: nodes.count)
                nodes[container.node].length = UInt32(truncatingIfNeeded: end - Int(nodes[container.node].start))
            }
        }
        try reader.end()
        return nodes
    }
}
