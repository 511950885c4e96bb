extension SnapshotDecoder {
    mutating func decodeCrossings(_ node: Int) -> [Crossing]? {
        decodeArray(node, JSONPath.root.appending("crossings")) { $0.decodeCrossing($1, $2, index: $3) }
    }

    mutating func decodeCrossing(_ node: Int, _ path: JSONPath, index: Int) -> Crossing? {
        guard let members = reader.object(node, path) else { return nil }
        var date: CalendarDay?, point: String?, total: Int?
        var deported: Int?, families: Int?, byDocument: DocumentCounts?, byProvince: [ProvinceCount]?
        var seen = FieldsSeen()
        var failed = false
        for (key, value) in members {
            if document.stringEquals(key, "date") {
                seen.insert(0)
                date = reader.day(value, path.appending("date"))
            } else if document.stringEquals(key, "point") {
                seen.insert(1)
                point = reader.text(value, path.appending("point"), maximum: 80)
            } else if document.stringEquals(key, "total") {
                seen.insert(2)
                total = reader.count(value, path.appending("total"))
            } else if document.stringEquals(key, "deported") {
                deported = reader.count(value, path.appending("deported"))
                failed = failed || deported == nil
            } else if document.stringEquals(key, "families") {
                families = reader.count(value, path.appending("families"))
                failed = failed || families == nil
            } else if document.stringEquals(key, "by_document") {
                byDocument = decodeDocumentCounts(value, path.appending("by_document"))
                failed = failed || byDocument == nil
            } else if document.stringEquals(key, "by_province") {
                byProvince = decodeByProvince(value, path.appending("by_province"))
                failed = failed || byProvince == nil
            } else {
                reader.unknownField(key, path)
            }
        }
        for (bit, field) in ["date", "point", "total"].enumerated() where !seen.contains(bit) {
            reader.missing(path, field)
        }
        if let date, let point {
            let key = CrossingKey(day: date, point: point)
            if let first = crossingKeys[key] {
                reader.error(path, "duplicate crossing row for \(date) at \(reader.quoted(point)) (first at crossings[\(first)])")
                failed = true
            } else {
                crossingKeys[key] = index
            }
        }
        if let total {
            if let deported, deported > total {
                reader.error(path.appending("deported"), "must be at most total (\(total)), got \(deported)")
                failed = true
            }
            if let byDocument, byDocument.knownSum > total {
                reader.error(path.appending("by_document"), "parts sum to \(byDocument.knownSum), more than total \(total)")
                failed = true
            }
            if let byProvince {
                let sum = byProvince.reduce(0) { $0 + $1.count }
                if sum > total {
                    reader.error(path.appending("by_province"), "parts sum to \(sum), more than total \(total)")
                    failed = true
                }
            }
        }
        guard !failed, let date, let point, let total else { return nil }
        return Crossing(date: date, point: point, total: total, deported: deported, families: families, byDocument: byDocument, byProvince: byProvince)
    }

    /// `by_province`: province name → count, in the producer's order.
    mutating func decodeByProvince(_ node: Int, _ path: JSONPath) -> [ProvinceCount]? {
        guard let members = reader.object(node, path) else { return nil }
        var counts: [ProvinceCount] = []
        counts.reserveCapacity(document.count(node))
        var failed = false
        for (key, value) in members {
            let province = document.string(key)
            reader.warnAboutControlCharacters(province, path.appending(province))
            if let count = reader.count(value, path.appending(province)) {
                counts.append(ProvinceCount(province: province, count: count))
            } else {
                failed = true
            }
        }
        return failed ? nil : counts
    }
}
