import Foundation

extension SnapshotDecoder {
    /// Reads a camp written the common way, in one tight pass with no
    /// reader frames, key lists or messages: known members only, each
    /// once, strings of printable ASCII without escapes, counts as plain
    /// digits, every rule met. For any other camp it returns nil having
    /// consumed and recorded nothing, and `decodeCamp` reads the camp again
    /// the general way, with every check and message.
    ///
    /// Camps are most of a snapshot (20,000 in the 1,000-district benchmark)
    /// and the general way spends most of its time on keys and bookkeeping.
    /// Both ways must agree on every camp: `FastPathTests` decodes every test
    /// snapshot both ways, and the fuzzer compares them on every input.
    mutating func decodeCommonCamp(_ index: Int) -> Camp? {
        let bytes = reader.json.bytes
        var cursor = JSONFastCursor(bytes: bytes, index: reader.json.index)
        guard cursor.consume(UInt8(ascii: "{")) else { return nil }
        let fields = SnapshotDecoder.campFields
        var seen: UInt32 = 0, hint = 0
        var id = JSONSpan(start: 0, length: 0, flag: false), name = id
        var status = Camp.Status.open, population = 0, households: Int?
        var byDocument: DocumentCounts?, denotifiedOn: CalendarDay?
        repeat {
            guard let field = cursor.field(fields, hint: hint), seen & 1 << field == 0 else { return nil }
            seen |= 1 << field
            hint = field + 1
            switch fields.field(field) {
            case .id:
                guard let span = cursor.plainString(), FieldReader.isIdentifier(reader.json.raw(span)) else { return nil }
                id = span
            case .name:
                guard let span = cursor.plainString(), span.length >= 1, span.length <= SnapshotDecoder.campNameLimit else { return nil }
                name = span
            case .status:
                guard let span = cursor.plainString(), let value = SnapshotDecoder.campStatus(reader.json.raw(span)) else { return nil }
                status = value
            case .population:
                guard let value = cursor.count(maximum: FieldReader.maximumCount) else { return nil }
                population = value
            case .households:
                guard let value = cursor.count(maximum: FieldReader.maximumCount) else { return nil }
                households = value
            case .byDocument:
                guard let counts = SnapshotDecoder.commonDocumentCounts(&cursor) else { return nil }
                byDocument = counts
            case .denotifiedOn:
                guard let span = cursor.plainString(), let day = CalendarDay.parse(reader.json.raw(span)) else { return nil }
                denotifiedOn = day
            }
        } while cursor.consume(UInt8(ascii: ","))
        // Required: id, name, status, population (the first four fields).
        guard cursor.consume(UInt8(ascii: "}")), seen & 0b1111 == 0b1111 else { return nil }
        if let byDocument, byDocument.knownSum > population { return nil }
        guard campIds.insertIfNew(reader.json.raw(id), at: .init(districtIndex, camp: index)) else { return nil }
        reader.json.skip(to: cursor.index)
        return Camp(id: JSONStringDecoder.text(reader.json.raw(id)), name: JSONStringDecoder.text(reader.json.raw(name)), status: status,
                    population: population, households: households, byDocument: byDocument, denotifiedOn: denotifiedOn)
    }

    /// `by_document` written the common way (see `decodeCommonCamp`), or nil.
    @inline(__always)
    static func commonDocumentCounts(_ cursor: inout JSONFastCursor) -> DocumentCounts? {
        guard cursor.consume(UInt8(ascii: "{")) else { return nil }
        var counts = DocumentCounts()
        if cursor.consume(UInt8(ascii: "}")) { return counts }
        let fields = SnapshotDecoder.documentFields
        var seen: UInt32 = 0, hint = 0
        repeat {
            guard let field = cursor.field(fields, hint: hint), seen & 1 << field == 0,
                  let value = cursor.count(maximum: FieldReader.maximumCount)
            else { return nil }
            seen |= 1 << field
            hint = field + 1
            switch fields.field(field) {
            case .por: counts.por = value
            case .acc: counts.acc = value
            case .undocumented: counts.undocumented = value
            case .other: counts.other = value
            }
        } while cursor.consume(UInt8(ascii: ","))
        return cursor.consume(UInt8(ascii: "}")) ? counts : nil
    }

    /// A camp's status from its bytes; the names differ in length.
    @inline(__always)
    static func campStatus(_ bytes: UnsafeBufferPointer<UInt8>) -> Camp.Status? {
        let status: Camp.Status, name: StaticString
        switch bytes.count {
        case 4: (status, name) = (.open, "open")
        case 6: (status, name) = (.closed, "closed")
        case 10: (status, name) = (.denotified, "denotified")
        default: return nil
        }
        return memcmp(bytes.baseAddress!, name.utf8Start, bytes.count) == 0 ? status : nil
    }
}
