import Foundation

extension SnapshotDecoder {
    /// Reads a crossing row written the common way, as `decodeCommonCamp`
    /// reads camps (see there): nil, with nothing consumed or recorded, for
    /// any other row, which `decodeCrossing` then reads the general way.
    mutating func decodeCommonCrossing(_ index: Int) -> Crossing? {
        var cursor = JSONFastCursor(bytes: reader.json.bytes, index: reader.json.index)
        guard cursor.consume(UInt8(ascii: "{")) else { return nil }
        let fields = SnapshotDecoder.crossingFields
        var seen: UInt32 = 0, hint = 0
        var date = CalendarDay(daysSinceEpoch: 0), point = JSONSpan(start: 0, length: 0, flag: false), total = 0
        var deported: Int?, families: Int?, byDocument: DocumentCounts?, byProvince: [ProvinceCount]?
        repeat {
            guard let field = cursor.field(fields, hint: hint), seen & 1 << field == 0 else { return nil }
            seen |= 1 << field
            hint = field + 1
            switch fields.field(field) {
            case .date:
                guard let span = cursor.plainString(), let day = CalendarDay.parse(reader.json.raw(span)) else { return nil }
                date = day
            case .point:
                guard let span = cursor.plainString(), span.length >= 1, span.length <= SnapshotDecoder.pointNameLimit else { return nil }
                point = span
            case .total:
                guard let value = cursor.count(maximum: FieldReader.maximumCount) else { return nil }
                total = value
            case .deported:
                guard let value = cursor.count(maximum: FieldReader.maximumCount) else { return nil }
                deported = value
            case .families:
                guard let value = cursor.count(maximum: FieldReader.maximumCount) else { return nil }
                families = value
            case .byDocument:
                guard let counts = SnapshotDecoder.commonDocumentCounts(&cursor) else { return nil }
                byDocument = counts
            case .byProvince:
                guard let counts = commonProvinceCounts(&cursor) else { return nil }
                byProvince = counts
            }
        } while cursor.consume(UInt8(ascii: ","))
        // Required: date, point, total (the first three fields); then the sums.
        guard cursor.consume(UInt8(ascii: "}")), seen & 0b111 == 0b111 else { return nil }
        if let deported, deported > total { return nil }
        if let byDocument, byDocument.knownSum > total { return nil }
        if let byProvince, byProvince.reduce(0, { $0 + $1.count }) > total { return nil }
        let pointName = names.text(reader.json.raw(point))
        guard crossingRows.insert(day: date, point: pointName, index: index) == nil else { return nil }
        reader.json.skip(to: cursor.index)
        return Crossing(date: date, point: pointName, total: total, deported: deported, families: families,
                        byDocument: byDocument, byProvince: byProvince)
    }

    /// `by_province` written the common way: names of printable ASCII, none
    /// twice, among the first 64 names of the snapshot; or nil.
    private mutating func commonProvinceCounts(_ cursor: inout JSONFastCursor) -> [ProvinceCount]? {
        guard cursor.consume(UInt8(ascii: "{")) else { return nil }
        var counts: [ProvinceCount] = []
        if cursor.consume(UInt8(ascii: "}")) { return counts }
        counts.reserveCapacity(8)
        // The same bytes are the same name number: a repeat shows as a bit already set.
        var seen: UInt64 = 0
        repeat {
            guard let key = cursor.plainString(), cursor.consume(UInt8(ascii: ":")),
                  let value = cursor.count(maximum: FieldReader.maximumCount)
            else { return nil }
            let number = names.number(reader.json.raw(key))
            guard number < 64, seen & 1 << number == 0 else { return nil }
            seen |= 1 << number
            counts.append(ProvinceCount(province: names.text(number: number), count: value))
        } while cursor.consume(UInt8(ascii: ","))
        return cursor.consume(UInt8(ascii: "}")) ? counts : nil
    }
}
