extension SnapshotDecoder {
    mutating func decodeDistricts() throws(JSONSyntaxError) -> [District]? {
        try decodeArray { decoder, index throws(JSONSyntaxError) in
            decoder.districtIndex = index
            return try decoder.decodeDistrict(index)
        }
    }

    mutating func decodeDistrict(_ index: Int) throws(JSONSyntaxError) -> District? {
        guard try reader.enterObject() else { return nil }
        var id: String?, name: String?, province: String?, camps: [Camp]?
        var seen = FieldsSeen()
        while let key = try reader.nextKey() {
            if reader.key(key, is: "id") {
                seen.insert(0)
                id = try districtIds.readUnique(from: &reader, at: .init(index))
            } else if reader.key(key, is: "name") {
                seen.insert(1)
                name = try reader.text(maximum: 80)
            } else if reader.key(key, is: "province") {
                seen.insert(2)
                province = try reader.text(maximum: 80)
            } else if reader.key(key, is: "camps") {
                seen.insert(3)
                camps = try decodeArray { decoder, campIndex throws(JSONSyntaxError) in try decoder.decodeCamp(campIndex) }
            } else {
                try reader.unknownField()
            }
        }
        for (bit, field) in ["id", "name", "province", "camps"].enumerated() where !seen.contains(bit) {
            reader.missing(field)
        }
        guard let id, let name, let province, let camps else { return nil }
        return District(id: id, name: name, province: province, camps: camps)
    }

    mutating func decodeCamp(_ index: Int) throws(JSONSyntaxError) -> Camp? {
        guard try reader.enterObject() else { return nil }
        var id: String?, name: String?, status: Camp.Status?, population: Int?
        var households: Int?, byDocument: DocumentCounts?, denotifiedOn: CalendarDay?
        var seen = FieldsSeen()
        var failed = false
        while let key = try reader.nextKey() {
            if reader.key(key, is: "id") {
                seen.insert(0)
                id = try campIds.readUnique(from: &reader, at: .init(districtIndex, camp: index))
            } else if reader.key(key, is: "name") {
                seen.insert(1)
                name = try reader.text(maximum: 80)
            } else if reader.key(key, is: "status") {
                seen.insert(2)
                status = try reader.choice("status", as: Camp.Status.self)
            } else if reader.key(key, is: "population") {
                seen.insert(3)
                population = try reader.count()
            } else if reader.key(key, is: "households") {
                households = try reader.count()
                failed = failed || households == nil
            } else if reader.key(key, is: "by_document") {
                byDocument = try decodeDocumentCounts()
                failed = failed || byDocument == nil
            } else if reader.key(key, is: "denotified_on") {
                denotifiedOn = try reader.day()
                failed = failed || denotifiedOn == nil
            } else {
                try reader.unknownField()
            }
        }
        for (bit, field) in ["id", "name", "status", "population"].enumerated() where !seen.contains(bit) {
            reader.missing(field)
        }
        if let population, let byDocument, byDocument.knownSum > population {
            reader.error(member: "by_document", "parts sum to \(byDocument.knownSum), more than population \(population)")
            failed = true
        }
        guard !failed, let id, let name, let status, let population else { return nil }
        return Camp(id: id, name: name, status: status, population: population, households: households, byDocument: byDocument, denotifiedOn: denotifiedOn)
    }

    /// `by_document`: optional counts `por`, `acc`, `undocumented`, `other`.
    mutating func decodeDocumentCounts() throws(JSONSyntaxError) -> DocumentCounts? {
        guard try reader.enterObject() else { return nil }
        var counts = DocumentCounts()
        var failed = false
        while let key = try reader.nextKey() {
            let field: WritableKeyPath<DocumentCounts, Int?>
            if reader.key(key, is: "por") {
                field = \.por
            } else if reader.key(key, is: "acc") {
                field = \.acc
            } else if reader.key(key, is: "undocumented") {
                field = \.undocumented
            } else if reader.key(key, is: "other") {
                field = \.other
            } else {
                try reader.unknownField()
                continue
            }
            let count = try reader.count()
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
