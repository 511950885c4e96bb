extension SnapshotDecoder {
    mutating func decodeDistricts() throws(JSONReadFailure) -> [District]? {
        try decodeArray { decoder, index throws(JSONReadFailure) in
            decoder.districtIndex = index
            return try decoder.decodeDistrict(index)
        }
    }

    mutating func decodeDistrict(_ index: Int) throws(JSONReadFailure) -> District? {
        guard try reader.enterObject() else { return nil }
        var id: String?, name: String?, province: String?, camps: [Camp]?
        var seen = FieldsSeen(required: 4)
        while let key = try reader.nextKey() {
            if reader.key(key, is: "id") {
                seen.insert(0)
                id = try districtIds.readUnique(from: &reader, at: .init(index))
            } else if reader.key(key, is: "name") {
                seen.insert(1)
                name = try reader.text(maximum: 80)
            } else if reader.key(key, is: "province") {
                seen.insert(2)
                province = try reader.text(maximum: 80, sharedIn: &names)
            } else if reader.key(key, is: "camps") {
                seen.insert(3)
                // Room for as many camps as the district before had: producers'
                // districts are alike, and a camp array grown by doubling holds up
                // to twice the memory it needs (a camp is some 150 bytes).
                camps = try decodeArray(expecting: campsInLastDistrict) { decoder, campIndex throws(JSONReadFailure) in try decoder.decodeCamp(campIndex) }
                campsInLastDistrict = max(1, camps?.count ?? campsInLastDistrict)
            } else {
                try reader.unknownField()
            }
        }
        seen.reportMissing(["id", "name", "province", "camps"], to: &reader)
        guard let id, let name, let province, let camps else { return nil }
        return District(id: id, name: name, province: province, camps: camps)
    }

    mutating func decodeCamp(_ index: Int) throws(JSONReadFailure) -> Camp? {
        guard try reader.enterObject() else { return nil }
        var id: String?, name: String?, status: Camp.Status?, population: Int?
        var households: Int?, byDocument: DocumentCounts?, denotifiedOn: CalendarDay?
        var seen = FieldsSeen(required: 4)
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
        seen.reportMissing(["id", "name", "status", "population"], to: &reader)
        if let population, let byDocument, byDocument.knownSum > population {
            reader.error(member: "by_document", "parts sum to \(byDocument.knownSum), more than population \(population)")
            failed = true
        }
        guard !failed, let id, let name, let status, let population else { return nil }
        return Camp(id: id, name: name, status: status, population: population, households: households, byDocument: byDocument, denotifiedOn: denotifiedOn)
    }

    /// `by_document`: optional counts `por`, `acc`, `undocumented`, `other`.
    mutating func decodeDocumentCounts() throws(JSONReadFailure) -> DocumentCounts? {
        guard try reader.enterObject() else { return nil }
        var counts = DocumentCounts()
        var failed = false
        while let key = try reader.nextKey() {
            if reader.key(key, is: "por") {
                counts.por = try reader.count()
                failed = failed || counts.por == nil
            } else if reader.key(key, is: "acc") {
                counts.acc = try reader.count()
                failed = failed || counts.acc == nil
            } else if reader.key(key, is: "undocumented") {
                counts.undocumented = try reader.count()
                failed = failed || counts.undocumented == nil
            } else if reader.key(key, is: "other") {
                counts.other = try reader.count()
                failed = failed || counts.other == nil
            } else {
                try reader.unknownField()
            }
        }
        return failed ? nil : counts
    }
}

/// Which required fields an object had, by bit; cheaper than a Set per object.
struct FieldsSeen {
    private var bits: UInt8 = 0
    private let allRequired: UInt8

    /// Fields 0 to `required - 1` are required.
    init(required: Int) {
        allRequired = UInt8((1 << required) - 1)
    }

    mutating func insert(_ bit: Int) { bits |= 1 << bit }

    /// An error for each of `fields` (bit i for field i) not seen. The names
    /// are made only when one is missing: this runs once per camp.
    func reportMissing(_ fields: @autoclosure () -> [String], to reader: inout FieldReader) {
        guard bits & allRequired != allRequired else { return }
        for (bit, field) in fields().enumerated() where bits & (1 << bit) == 0 {
            reader.missing(field)
        }
    }
}
