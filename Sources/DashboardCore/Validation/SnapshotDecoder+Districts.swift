extension SnapshotDecoder {
    enum DistrictField: String, CaseIterable {
        case id, name, province, camps
    }

    enum CampField: String, CaseIterable {
        case id, name, status, population, households, byDocument = "by_document", denotifiedOn = "denotified_on"
    }

    enum DocumentField: String, CaseIterable {
        case por, acc, undocumented, other
    }

    static let districtFields = JSONFields<DistrictField>()
    static let campFields = JSONFields<CampField>()
    static let documentFields = JSONFields<DocumentField>()

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
        while let member = try reader.nextField(SnapshotDecoder.districtFields) {
            switch member {
            case .known(.id):
                seen.insert(0)
                id = try districtIds.readUnique(from: &reader, at: .init(index))
            case .known(.name):
                seen.insert(1)
                name = try reader.text(maximum: 80)
            case .known(.province):
                seen.insert(2)
                province = try reader.text(maximum: 80, sharedIn: &names)
            case .known(.camps):
                seen.insert(3)
                // Room for as many camps as the district before had: producers'
                // districts are alike, and a camp array grown by doubling holds up
                // to twice the memory it needs (a camp is some 150 bytes).
                camps = try decodeArray(expecting: campsInLastDistrict) { decoder, campIndex throws(JSONReadFailure) in try decoder.decodeCamp(campIndex) }
                // 0 after an empty district: a million empty districts must not each hold room for a camp.
                campsInLastDistrict = camps?.count ?? campsInLastDistrict
            case .unknown:
                try reader.unknownField()
            }
        }
        seen.reportMissing(["id", "name", "province", "camps"], to: &reader)
        guard let id, let name, let province, let camps else { return nil }
        return District(id: id, name: name, province: province, camps: camps)
    }

    /// Camp names are at most this many characters.
    static let campNameLimit = 80

    mutating func decodeCamp(_ index: Int) throws(JSONReadFailure) -> Camp? {
        if usesFastPaths, let camp = decodeCommonCamp(index) { return camp }
        guard try reader.enterObject() else { return nil }
        var id: String?, name: String?, status: Camp.Status?, population: Int?
        var households: Int?, byDocument: DocumentCounts?, denotifiedOn: CalendarDay?
        var seen = FieldsSeen(required: 4)
        var failed = false
        while let member = try reader.nextField(SnapshotDecoder.campFields) {
            switch member {
            case .known(.id):
                seen.insert(0)
                id = try campIds.readUnique(from: &reader, at: .init(districtIndex, camp: index))
            case .known(.name):
                seen.insert(1)
                name = try reader.text(maximum: SnapshotDecoder.campNameLimit)
            case .known(.status):
                seen.insert(2)
                status = try reader.choice("status", as: Camp.Status.self)
            case .known(.population):
                seen.insert(3)
                population = try reader.count()
            case .known(.households):
                households = try reader.count()
                failed = failed || households == nil
            case .known(.byDocument):
                byDocument = try decodeDocumentCounts()
                failed = failed || byDocument == nil
            case .known(.denotifiedOn):
                denotifiedOn = try reader.day()
                failed = failed || denotifiedOn == nil
            case .unknown:
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
        while let member = try reader.nextField(SnapshotDecoder.documentFields) {
            switch member {
            case .known(.por):
                counts.por = try reader.count()
                failed = failed || counts.por == nil
            case .known(.acc):
                counts.acc = try reader.count()
                failed = failed || counts.acc == nil
            case .known(.undocumented):
                counts.undocumented = try reader.count()
                failed = failed || counts.undocumented == nil
            case .known(.other):
                counts.other = try reader.count()
                failed = failed || counts.other == nil
            case .unknown:
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
