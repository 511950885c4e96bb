extension SnapshotDecoder {
    mutating func decodeDistricts(_ node: Int) -> [District]? {
        decodeArray(node, JSONPath.root.appending("districts")) { decoder, child, childPath, _ in decoder.decodeDistrict(child, childPath) }
    }

    mutating func decodeDistrict(_ node: Int, _ path: JSONPath) -> District? {
        guard let members = reader.object(node, path) else { return nil }
        var id: String?, name: String?, province: String?, camps: [Camp]?
        var seen = FieldsSeen()
        for (key, value) in members {
            if document.stringEquals(key, "id") {
                seen.insert(0)
                id = uniqueIdentifier(value, of: path, kind: "district", seen: \.districtIds)
            } else if document.stringEquals(key, "name") {
                seen.insert(1)
                name = reader.text(value, path.appending("name"), maximum: 80)
            } else if document.stringEquals(key, "province") {
                seen.insert(2)
                province = reader.text(value, path.appending("province"), maximum: 80)
            } else if document.stringEquals(key, "camps") {
                seen.insert(3)
                camps = decodeCamps(value, path.appending("camps"))
            } else {
                reader.unknownField(key, path)
            }
        }
        for (bit, field) in ["id", "name", "province", "camps"].enumerated() where !seen.contains(bit) {
            reader.missing(path, field)
        }
        guard let id, let name, let province, let camps else { return nil }
        return District(id: id, name: name, province: province, camps: camps)
    }

    mutating func decodeCamps(_ node: Int, _ path: JSONPath) -> [Camp]? {
        decodeArray(node, path) { decoder, child, childPath, _ in decoder.decodeCamp(child, childPath) }
    }

    mutating func decodeCamp(_ node: Int, _ path: JSONPath) -> Camp? {
        guard let members = reader.object(node, path) else { return nil }
        var id: String?, name: String?, status: Camp.Status?, population: Int?
        var households: Int?, byDocument: DocumentCounts?, denotifiedOn: CalendarDay?
        var seen = FieldsSeen()
        var failed = false
        for (key, value) in members {
            if document.stringEquals(key, "id") {
                seen.insert(0)
                id = uniqueIdentifier(value, of: path, kind: "camp", seen: \.campIds)
            } else if document.stringEquals(key, "name") {
                seen.insert(1)
                name = reader.text(value, path.appending("name"), maximum: 80)
            } else if document.stringEquals(key, "status") {
                seen.insert(2)
                status = reader.choice(value, path.appending("status"), "status", as: Camp.Status.self)
            } else if document.stringEquals(key, "population") {
                seen.insert(3)
                population = reader.count(value, path.appending("population"))
            } else if document.stringEquals(key, "households") {
                households = reader.count(value, path.appending("households"))
                failed = failed || households == nil
            } else if document.stringEquals(key, "by_document") {
                byDocument = decodeDocumentCounts(value, path.appending("by_document"))
                failed = failed || byDocument == nil
            } else if document.stringEquals(key, "denotified_on") {
                denotifiedOn = reader.day(value, path.appending("denotified_on"))
                failed = failed || denotifiedOn == nil
            } else {
                reader.unknownField(key, path)
            }
        }
        for (bit, field) in ["id", "name", "status", "population"].enumerated() where !seen.contains(bit) {
            reader.missing(path, field)
        }
        if let population, let byDocument, byDocument.knownSum > population {
            reader.error(path.appending("by_document"), "parts sum to \(byDocument.knownSum), more than population \(population)")
            failed = true
        }
        guard !failed, let id, let name, let status, let population else { return nil }
        return Camp(id: id, name: name, status: status, population: population, households: households, byDocument: byDocument, denotifiedOn: denotifiedOn)
    }

    /// `by_document`: optional counts `por`, `acc`, `undocumented`, `other`.
    mutating func decodeDocumentCounts(_ node: Int, _ path: JSONPath) -> DocumentCounts? {
        guard let members = reader.object(node, path) else { return nil }
        var counts = DocumentCounts()
        var failed = false
        for (key, value) in members {
            let field: WritableKeyPath<DocumentCounts, Int?>
            if document.stringEquals(key, "por") {
                field = \.por
            } else if document.stringEquals(key, "acc") {
                field = \.acc
            } else if document.stringEquals(key, "undocumented") {
                field = \.undocumented
            } else if document.stringEquals(key, "other") {
                field = \.other
            } else {
                reader.unknownField(key, path)
                continue
            }
            let name = document.string(key)
            let count = reader.count(value, path.appending(name))
            counts[keyPath: field] = count
            failed = failed || count == nil
        }
        return failed ? nil : counts
    }
}

/// Which required fields an object had, by bit; cheaper than a Set per object.
struct FieldsSeen {
    private var bits: UInt8 = 0
    mutating func insert(_ bit: Int) { bits |= 1 << bit }
    func contains(_ bit: Int) -> Bool { bits & (1 << bit) != 0 }
}
