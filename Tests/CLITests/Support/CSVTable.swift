/// A CSV export read back (RFC 4180), header, rows and the totals row.
struct CSVTable {
    let header: [String]
    let rows: [[String]]
    let totals: [String]

    init(_ text: String) {
        var records: [[String]] = []
        var record: [String] = [], field = ""
        var inQuotes = false
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if inQuotes {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" { field.unicodeScalars.append("\""); index += 1 } else { inQuotes = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                inQuotes = true
            } else if scalar == "," {
                record.append(field); field = ""
            } else if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                record.append(field); records.append(record); record = []; field = ""
                index += 1
            } else {
                field.unicodeScalars.append(scalar)
            }
            index += 1
        }
        header = records.first ?? []
        rows = Array(records.dropFirst().dropLast())
        totals = records.count > 1 ? records.last! : []
    }

    func index(_ title: String) -> Int {
        header.firstIndex(of: title) ?? -1
    }

    /// The CSV column for a screen column title ("Undoc." is "Undocumented" in the file).
    func index(for screenTitle: String) -> Int {
        index(screenTitle == "Undoc." ? "Undocumented" : screenTitle)
    }
}
