/// Writes a `Snapshot` as snapshot-v1 JSON (snapshot-v1.md).
///
/// Fields come in the order the spec lists them; optional fields that are nil
/// are left out. Strings are escaped per RFC 8259: `"` and `\` are escaped,
/// control characters U+0000–U+001F are written as `\u00XX`, and everything
/// else (non-ASCII included) is written as raw UTF-8. Instants are written
/// with `Instant.description` (RFC 3339 in the writer's own offset).
///
/// The encoder writes what it is given: it does not validate. A model with a
/// negative count or a duplicate id produces JSON that a reader will reject.
///
/// Output is built by appending bytes to one reserved `[UInt8]`, with
/// integers and dates formatted by hand, so a snapshot of several megabytes
/// takes milliseconds.
public struct SnapshotEncoder: Sendable {
    /// Pretty output: 2-space indentation, one camp, crossing or deadline per
    /// line (so a diff between two snapshots shows one line per changed row).
    /// Compact output: no whitespace at all.
    public var pretty: Bool

    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    /// The snapshot as UTF-8 JSON bytes. Pretty output ends with a newline.
    public func encode(_ snapshot: Snapshot) -> [UInt8] {
        var writer = JSONByteWriter(pretty: pretty)
        writer.reserve(for: snapshot)
        writer.writeSnapshot(snapshot)
        return writer.bytes
    }
}

/// Appends JSON tokens to a byte buffer.
struct JSONByteWriter {
    private(set) var bytes: [UInt8] = []
    let pretty: Bool

    init(pretty: Bool) {
        self.pretty = pretty
    }

    mutating func reserve(for snapshot: Snapshot) {
        var camps = 0
        for district in snapshot.districts { camps += district.camps.count }
        // Roughly 190 bytes per camp and 260 per crossing row as written by
        // real producers; a little over is cheaper than a regrowth.
        let estimate = 1024 + snapshot.districts.count * 160 + camps * 200
            + snapshot.crossings.count * 300 + snapshot.deadlines.count * 400
        bytes.reserveCapacity(estimate)
    }

    // MARK: Snapshot structure

    mutating func writeSnapshot(_ snapshot: Snapshot) {
        byte(UInt8(ascii: "{"))
        newline(indent: 1)
        key("schema_version")
        integer(Snapshot.supportedSchemaVersion)
        memberSeparator(indent: 1)
        key("generated_at")
        string(snapshot.generatedAt.description)
        memberSeparator(indent: 1)
        key("timezone")
        string(snapshot.timeZoneIdentifier)
        if let source = snapshot.source {
            memberSeparator(indent: 1)
            key("source")
            string(source)
        }

        memberSeparator(indent: 1)
        key("districts")
        if snapshot.districts.isEmpty {
            literal("[]")
        } else {
            byte(UInt8(ascii: "["))
            for (index, district) in snapshot.districts.enumerated() {
                if index > 0 { byte(UInt8(ascii: ",")) }
                newline(indent: 2)
                writeDistrict(district)
            }
            newline(indent: 1)
            byte(UInt8(ascii: "]"))
        }

        memberSeparator(indent: 1)
        key("crossings")
        writeRows(snapshot.crossings, indent: 1) { writer, crossing in writer.writeCrossing(crossing) }

        memberSeparator(indent: 1)
        key("deadlines")
        writeRows(snapshot.deadlines, indent: 1) { writer, deadline in writer.writeDeadline(deadline) }

        newline(indent: 0)
        byte(UInt8(ascii: "}"))
        if pretty { byte(UInt8(ascii: "\n")) }
    }

    /// An array whose elements each go on one line in pretty output.
    private mutating func writeRows<Row>(_ rows: [Row], indent: Int, _ write: (inout JSONByteWriter, Row) -> Void) {
        if rows.isEmpty {
            literal("[]")
            return
        }
        byte(UInt8(ascii: "["))
        for index in rows.indices {
            if index > rows.startIndex { byte(UInt8(ascii: ",")) }
            newline(indent: indent + 1)
            write(&self, rows[index])
        }
        newline(indent: indent)
        byte(UInt8(ascii: "]"))
    }

    mutating func writeDistrict(_ district: District) {
        byte(UInt8(ascii: "{"))
        newline(indent: 3)
        key("id")
        string(district.id)
        memberSeparator(indent: 3)
        key("name")
        string(district.name)
        memberSeparator(indent: 3)
        key("province")
        string(district.province)
        memberSeparator(indent: 3)
        key("camps")
        writeRows(district.camps, indent: 3) { writer, camp in writer.writeCamp(camp) }
        newline(indent: 2)
        byte(UInt8(ascii: "}"))
    }

    // Rows (camps, crossings, deadlines) stay on one line when pretty:
    // `{ "id": "x", "name": "y" }`.

    mutating func writeCamp(_ camp: Camp) {
        openRow()
        key("id")
        string(camp.id)
        inlineSeparator()
        key("name")
        string(camp.name)
        inlineSeparator()
        key("status")
        string(camp.status.rawValue)
        inlineSeparator()
        key("population")
        integer(camp.population)
        if let households = camp.households {
            inlineSeparator()
            key("households")
            integer(households)
        }
        if let byDocument = camp.byDocument {
            inlineSeparator()
            key("by_document")
            writeDocumentCounts(byDocument)
        }
        if let denotifiedOn = camp.denotifiedOn {
            inlineSeparator()
            key("denotified_on")
            day(denotifiedOn)
        }
        closeRow()
    }

    mutating func writeCrossing(_ crossing: Crossing) {
        openRow()
        key("date")
        day(crossing.date)
        inlineSeparator()
        key("point")
        string(crossing.point)
        inlineSeparator()
        key("total")
        integer(crossing.total)
        if let deported = crossing.deported {
            inlineSeparator()
            key("deported")
            integer(deported)
        }
        if let families = crossing.families {
            inlineSeparator()
            key("families")
            integer(families)
        }
        if let byDocument = crossing.byDocument {
            inlineSeparator()
            key("by_document")
            writeDocumentCounts(byDocument)
        }
        if let byProvince = crossing.byProvince {
            inlineSeparator()
            key("by_province")
            if byProvince.isEmpty {
                literal("{}")
            } else {
                openRow()
                for (index, entry) in byProvince.enumerated() {
                    if index > 0 { inlineSeparator() }
                    string(entry.province)
                    keyValueSeparator()
                    integer(entry.count)
                }
                closeRow()
            }
        }
        closeRow()
    }

    mutating func writeDeadline(_ deadline: Deadline) {
        openRow()
        key("id")
        string(deadline.id)
        inlineSeparator()
        key("title")
        string(deadline.title)
        inlineSeparator()
        key("due")
        string(deadline.due.description)
        if let appliesTo = deadline.appliesTo {
            inlineSeparator()
            key("applies_to")
            string(appliesTo.rawValue)
        }
        if let note = deadline.note {
            inlineSeparator()
            key("note")
            string(note)
        }
        closeRow()
    }

    mutating func writeDocumentCounts(_ counts: DocumentCounts) {
        if counts.por == nil, counts.acc == nil, counts.undocumented == nil, counts.other == nil {
            literal("{}")
            return
        }
        openRow()
        var first = true
        if let por = counts.por { documentMember("por", por, &first) }
        if let acc = counts.acc { documentMember("acc", acc, &first) }
        if let undocumented = counts.undocumented { documentMember("undocumented", undocumented, &first) }
        if let other = counts.other { documentMember("other", other, &first) }
        closeRow()
    }

    private mutating func documentMember(_ name: StaticString, _ value: Int, _ first: inout Bool) {
        if !first { inlineSeparator() }
        key(name)
        integer(value)
        first = false
    }

    // MARK: Layout

    private mutating func openRow() {
        byte(UInt8(ascii: "{"))
        if pretty { byte(UInt8(ascii: " ")) }
    }

    private mutating func closeRow() {
        if pretty { byte(UInt8(ascii: " ")) }
        byte(UInt8(ascii: "}"))
    }

    private mutating func inlineSeparator() {
        byte(UInt8(ascii: ","))
        if pretty { byte(UInt8(ascii: " ")) }
    }

    private mutating func memberSeparator(indent: Int) {
        byte(UInt8(ascii: ","))
        newline(indent: indent)
    }

    private mutating func keyValueSeparator() {
        byte(UInt8(ascii: ":"))
        if pretty { byte(UInt8(ascii: " ")) }
    }

    private mutating func newline(indent: Int) {
        guard pretty else { return }
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<(indent * 2) { bytes.append(UInt8(ascii: " ")) }
    }

    /// `"name":` (keys are ASCII literals that need no escaping).
    private mutating func key(_ name: StaticString) {
        byte(UInt8(ascii: "\""))
        literal(name)
        byte(UInt8(ascii: "\""))
        keyValueSeparator()
    }

    // MARK: Tokens

    @inline(__always)
    private mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    private mutating func literal(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A decimal integer, formatted by hand.
    mutating func integer(_ value: Int) {
        var magnitude = value.magnitude
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        if magnitude < 10 {
            bytes.append(UInt8(truncatingIfNeeded: magnitude) &+ 48)
            return
        }
        // UInt64.max has 20 digits.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var position = 20
            while magnitude > 0 {
                let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: 10)
                position -= 1
                buffer[position] = UInt8(truncatingIfNeeded: remainder) &+ 48
                magnitude = quotient
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[position..<20]))
        }
    }

    /// `"YYYY-MM-DD"`.
    mutating func day(_ day: CalendarDay) {
        let (year, month, dayOfMonth) = day.components
        guard (0...9999).contains(year) else {
            // Outside what four digits can say; fall back to the type's own text.
            string(day.description)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(truncatingIfNeeded: year / 1000) &+ 48)
        bytes.append(UInt8(truncatingIfNeeded: year / 100 % 10) &+ 48)
        bytes.append(UInt8(truncatingIfNeeded: year / 10 % 10) &+ 48)
        bytes.append(UInt8(truncatingIfNeeded: year % 10) &+ 48)
        bytes.append(UInt8(ascii: "-"))
        bytes.append(UInt8(truncatingIfNeeded: month / 10) &+ 48)
        bytes.append(UInt8(truncatingIfNeeded: month % 10) &+ 48)
        bytes.append(UInt8(ascii: "-"))
        bytes.append(UInt8(truncatingIfNeeded: dayOfMonth / 10) &+ 48)
        bytes.append(UInt8(truncatingIfNeeded: dayOfMonth % 10) &+ 48)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A JSON string: `"` and `\` escaped, U+0000–U+001F as `\u00XX`, the
    /// rest as raw UTF-8.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            // Copy clean runs whole; stop only at bytes that need escaping.
            var runStart = 0
            for index in 0..<utf8.count {
                let unit = utf8[index]
                guard unit < 0x20 || unit == UInt8(ascii: "\"") || unit == UInt8(ascii: "\\") else { continue }
                if index > runStart {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                }
                bytes.append(UInt8(ascii: "\\"))
                if unit >= 0x20 {
                    bytes.append(unit)
                } else {
                    bytes.append(UInt8(ascii: "u"))
                    bytes.append(UInt8(ascii: "0"))
                    bytes.append(UInt8(ascii: "0"))
                    bytes.append(JSONByteWriter.hexDigits[Int(unit >> 4)])
                    bytes.append(JSONByteWriter.hexDigits[Int(unit & 0x0F)])
                }
                runStart = index + 1
            }
            if utf8.count > runStart {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)
}
