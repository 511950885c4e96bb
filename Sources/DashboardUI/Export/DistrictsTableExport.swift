import DashboardCore

/// The districts table as exported: the screen's columns, widest layout (every
/// column the screen can show), plus the district id and which sums are partial.
/// Screen texts come from `DistrictsPane.cell`, the values from the same figures.
enum DistrictsTableExport {
    /// `otherReported`: whether any camp reports `other` (the screen, and so
    /// Markdown, leaves a column of dashes out; CSV and JSON always carry it).
    static func columns(sortedBy sorted: DistrictColumn, ascending: Bool, otherReported: Bool, glyphs: TableGlyphs) -> [TableExportColumn] {
        func title(_ key: DistrictColumn) -> String {
            glyphs.sortTitle(key.title, isSorted: key == sorted, ascending: ascending)
        }
        return [
            TableExportColumn(screenTitle: title(.name), isNumeric: false,
                              fields: [TableExportField(id: "name", title: "District", kind: .text)]),
            TableExportColumn(screenTitle: "ID", isOnScreen: false, isNumeric: false, fields: [CommonExportFields.id]),
            TableExportColumn(screenTitle: title(.province), isNumeric: false,
                              fields: [TableExportField(id: "province", title: "Province", kind: .text)]),
            TableExportColumn(screenTitle: title(.camps), isNumeric: true, fields: [
                TableExportField(id: "camps_open", title: "Camps open", kind: .integer, description: "Camps whose status is open"),
                TableExportField(id: "camps_total", title: "Camps total", kind: .integer, description: "Camps listed, of any status"),
            ]),
            TableExportColumn(screenTitle: title(.population), isNumeric: true, fields: [CommonExportFields.population]),
            TableExportColumn(screenTitle: title(.por), isNumeric: true, fields: [CommonExportFields.por]),
            TableExportColumn(screenTitle: title(.acc), isNumeric: true, fields: [CommonExportFields.acc]),
            TableExportColumn(screenTitle: title(.undocumented), isNumeric: true, fields: [CommonExportFields.undocumented]),
            TableExportColumn(screenTitle: title(.other), isOnScreen: otherReported || sorted == .other, isNumeric: true, fields: [CommonExportFields.other]),
            TableExportColumn(screenTitle: title(.households), isNumeric: true, fields: [CommonExportFields.households]),
            TableExportColumn(screenTitle: title(.change), isNumeric: true, fields: [CommonExportFields.change, CommonExportFields.new, CommonExportFields.gone]),
            TableExportColumn(screenTitle: "Partial sums", isOnScreen: false, isNumeric: false, fields: [CommonExportFields.partialSums]),
        ]
    }

    static func cells(of district: DistrictFigures, glyphs: TableGlyphs) -> [TableExportCell] {
        func screen(_ key: DistrictColumn) -> String { DistrictsPane.cell(key, of: district, glyphs: glyphs).text }
        return cells(
            screen: screen, name: district.name, id: district.id, province: district.province,
            campsOpen: district.campsOpen, campsTotal: district.campsTotal, population: district.population,
            documents: district.documents, households: district.households, isGone: district.isGone,
            change: TableExportValue.change(district.populationChange, isNew: district.isNew, isGone: district.isGone)
        )
    }

    /// The "All districts" row: the whole snapshot, whatever the filter (as on screen).
    static func cells(ofTotals totals: GrandTotals, glyphs: TableGlyphs) -> [TableExportCell] {
        func screen(_ key: DistrictColumn) -> String { DistrictsPane.cell(key, ofTotals: totals, glyphs: glyphs).text }
        return cells(
            screen: screen, name: screen(.name), id: nil, province: nil,
            campsOpen: totals.campsOpen, campsTotal: totals.campsTotal, population: totals.population,
            documents: totals.documents, households: totals.households,
            change: TableExportValue.change(totals.populationChange, isNew: false)
        )
    }

    private static func cells(
        screen: (DistrictColumn) -> String, name: String, id: String?, province: String?,
        campsOpen: Int, campsTotal: Int, population: Int, documents: DocumentTotals, households: ReportedSum,
        isGone: Bool = false, change: [TableExportValue]
    ) -> [TableExportCell] {
        // A gone district has a last population and a change, and no current camps or sums (as on screen).
        func cell(_ key: DistrictColumn, _ values: TableExportValue...) -> TableExportCell {
            TableExportCell(screenText: screen(key), values: isGone ? values.map { _ in .none } : values)
        }
        let partial = isGone ? .none : TableExportValue.partialSums(TableExportValue.documentSums(documents, households: households))
        return [
            TableExportCell(screenText: screen(.name), values: [.text(name)]),
            TableExportCell(screenText: "", values: [id.map { .text($0) } ?? .none]),
            TableExportCell(screenText: screen(.province), values: [province.map { .text($0) } ?? .none]),
            cell(.camps, .integer(campsOpen), .integer(campsTotal)),
            TableExportCell(screenText: screen(.population), values: [.integer(population)]),
            cell(.por, .reported(documents.por)),
            cell(.acc, .reported(documents.acc)),
            cell(.undocumented, .reported(documents.undocumented)),
            cell(.other, .reported(documents.other)),
            cell(.households, .reported(households)),
            TableExportCell(screenText: screen(.change), values: change),
            TableExportCell(screenText: "", values: [partial]),
        ]
    }
}
