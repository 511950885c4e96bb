/// The ids of one kind seen so far in a snapshot (districts, camps,
/// deadlines), each with where it first appeared, to refuse a repeat.
///
/// Ids are compared as bytes (their pattern allows ASCII only), in a
/// `ByteKeyTable`, before a String is made for the model.
struct IdentifierRegistry {
    /// Where an id stands: `districts[3]`, or `districts[3].camps[2]` for camps.
    struct Position {
        let index: Int32
        let campIndex: Int32

        init(_ index: Int, camp: Int? = nil) {
            self.index = Int32(truncatingIfNeeded: index)
            self.campIndex = Int32(truncatingIfNeeded: camp ?? -1)
        }

        /// The path of the object holding the id, in an array named `array`.
        func path(in array: String) -> JSONPath {
            let path = JSONPath.root.appending(array).appending(Int(index))
            return campIndex < 0 ? path : path.appending("camps").appending(Int(campIndex))
        }
    }

    /// What the ids name, and the array of the snapshot that holds them, for messages.
    let kind: String
    let array: String
    private var seen = ByteKeyTable<Position>()

    init(kind: String, array: String) {
        self.kind = kind
        self.array = array
    }

    /// Reads an `id` that must be unique among these; a repeat is an error
    /// that names where the first one stands.
    mutating func readUnique(from reader: inout FieldReader, at position: Position) throws(JSONReadFailure) -> String? {
        try reader.identifier { reader, id in
            if let first = seen.insert(id, value: position) {
                let text = String(decoding: id, as: UTF8.self)
                reader.error("duplicate \(kind) id \(reader.quoted(text)) (first at \(first.path(in: array)))")
                return nil
            }
            return JSONStringDecoder.text(id)
        }
    }

    /// Records `id` (a valid id's bytes) at `position` when it is new, and
    /// says so; a repeat records nothing (`readUnique` then reports it).
    mutating func insertIfNew(_ id: UnsafeBufferPointer<UInt8>, at position: Position) -> Bool {
        seen.insert(id, value: position) == nil
    }
}
