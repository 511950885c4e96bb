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
        var atValue = true
        while true {
            if atValue {
                let kind = try reader.peek()
                let start = reader.index
                switch kind {
                case .object, .array:
                    open.append((nodes.count, 0))
                    nodes.append(JSONNode(kind: kind, start: start, end: 0))
                    if kind == .object { try reader.enterObject() } else { try reader.enterArray() }
                case .string:
                    let span = try reader.readString()
                    nodes.append(JSONNode(kind: .string, flag: span.flag, start: span.start, length: span.length, end: nodes.count + 1))
                case .number:
                    let span = try reader.readNumber()
                    nodes.append(JSONNode(kind: .number, flag: span.flag, start: span.start, length: span.length, end: nodes.count + 1))
                case .true, .false, .null:
                    _ = try reader.readLiteral()
                    nodes.append(JSONNode(kind: kind, start: start, length: reader.index - start, end: nodes.count + 1))
                }
            }
            guard let container = open.last else { break }
            // Next member or element of the innermost open container, or its end.
            if nodes[container.node].kind == .object {
                if let key = try reader.nextKey() {
                    nodes.append(JSONNode(kind: .string, flag: key.flag, start: key.start, length: key.length, end: nodes.count + 1))
                    open[open.count - 1].count += 1
                    atValue = true
                    continue
                }
            } else if try reader.nextElement() {
                open[open.count - 1].count += 1
                atValue = true
                continue
            }
            nodes[container.node].count = container.count
            nodes[container.node].end = UInt32(truncatingIfNeeded: nodes.count)
            nodes[container.node].length = UInt32(truncatingIfNeeded: reader.index - Int(nodes[container.node].start))
            open.removeLast()
            atValue = false
        }
        try reader.end()
        return nodes
    }
}
