extension SnapshotDecoder {
    enum CrossingField: String, CaseIterable {
        case date, point, total, deported, families, byDocument = "by_document", byProvince = "by_province"
    }

    static let crossingFields = JSONFields<CrossingField>()

    mutating func decodeCrossings() throws(JSONReadFailure) -> [Crossing]? {
        try decodeArray { decoder, index throws(JSONReadFailure) in try decoder.decodeCrossing(index) }
    }

    /// Crossing points' names are at most this many characters.
    static let pointNameLimit = 80

    mutating func decodeCrossing(_ index: Int) throws(JSONReadFailure) -> Crossing? {
        if usesFastPaths, let crossing = decodeCommonCrossing(index) { return crossing }
        guard try reader.enterObject() else { return nil }
        var date: CalendarDay?, point: String?, total: Int?
        var deported: Int?, families: Int?, byDocument: DocumentCounts?, byProvince: [ProvinceCount]?
        var seen = FieldsSeen(required: 3)
        var failed = false
        while let member = try reader.nextField(SnapshotDecoder.crossingFields) {
            switch member {
            case .known(.date):
                seen.insert(0)
                date = try reader.day()
            case .known(.point):
                seen.insert(1)
                point = try reader.text(maximum: SnapshotDecoder.pointNameLimit, sharedIn: &names)
            case .known(.total):
                seen.insert(2)
                total = try reader.count()
            case .known(.deported):
                deported = try reader.count()
                failed = failed || deported == nil
            case .known(.families):
                families = try reader.count()
                failed = failed || families == nil
            case .known(.byDocument):
                byDocument = try decodeDocumentCounts()
                failed = failed || byDocument == nil
            case .known(.byProvince):
                byProvince = try decodeByProvince()
                failed = failed || byProvince == nil
            case .unknown:
                try reader.unknownField()
            }
        }
        // The object has ended: paths below are the crossing's.
        seen.reportMissing(["date", "point", "total"], to: &reader)
        if let date, let point {
            if let first = crossingRows.insert(day: date, point: point, index: index) {
                reader.error("duplicate crossing row for \(date) at \(reader.quoted(point)) (first at crossings[\(first)])")
                failed = true
            }
        }
        if let total {
            if let deported, deported > total {
                reader.error(member: "deported", "must be at most total (\(total)), got \(deported)")
                failed = true
            }
            if let byDocument, byDocument.knownSum > total {
                reader.error(member: "by_document", "parts sum to \(byDocument.knownSum), more than total \(total)")
                failed = true
            }
            if let byProvince {
                let sum = byProvince.reduce(0) { $0 + $1.count }
                if sum > total {
                    reader.error(member: "by_province", "parts sum to \(sum), more than total \(total)")
                    failed = true
                }
            }
        }
        guard !failed, let date, let point, let total else { return nil }
        return Crossing(date: date, point: point, total: total, deported: deported, families: families, byDocument: byDocument, byProvince: byProvince)
    }

    /// `by_province`: province name → count, in the producer's order.
    mutating func decodeByProvince() throws(JSONReadFailure) -> [ProvinceCount]? {
        guard try reader.enterObject() else { return nil }
        var counts: [ProvinceCount] = []
        counts.reserveCapacity(8) // Pakistan's seven provinces and territories, and room
        var failed = false
        while let key = try reader.nextKey() {
            let province: String
            if reader.isPlainASCII(key) {
                province = names.text(reader.json.raw(key))
            } else {
                province = reader.json.string(key)
                reader.warnAboutControlCharacters(province)
            }
            if let count = try reader.count() {
                counts.append(ProvinceCount(province: province, count: count))
            } else {
                failed = true
            }
        }
        return failed ? nil : counts
    }
}
