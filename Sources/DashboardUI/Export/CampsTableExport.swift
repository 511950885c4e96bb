import DashboardCore

/// A district's camps table (the drill-down) as exported: the screen's
/// columns, widest layout, plus the camp id and which sums of the totals row
/// are partial. Screen texts come from `CampsPane.cell`, values from the same figures.
enum CampsTableExport {
    /// `otherReported`: whether any camp of the district reports `other` (as for districts).
    static func columns(sortedBy sorted: CampColumn, ascending: Bool, otherReported: Bool, glyphs: TableGlyphs) -> [TableExportColumn] {
        func title(_ key: CampColumn) -> String {
            glyphs.sortTitle(key.title, isSorted: key == sorted, ascending: ascending)
        }
        return [
            TableExportColumn(screenTitle: title(.name), isNumeric: false,
                              fields: [TableExportField(id: "name", title: "Camp", kind: .text)]),
            TableExportColumn(screenTitle: "ID", isOnScreen: false, isNumeric: false, fields: [CommonExportFields.id]),
            TableExportColumn(screenTitle: title(.status), isNumeric: false, fields: [
                TableExportField(id: "status", title: "Status", kind: .text,
                                 description: "open, denotified or closed, as the snapshot spells it; gone for a camp of the previous snapshot that this one no longer lists; on the totals row, camps open of camps listed"),
            ]),
            TableExportColumn(screenTitle: title(.population), isNumeric: true, fields: [CommonExportFields.population]),
            TableExportColumn(screenTitle: title(.por), isNumeric: true, fields: [CommonExportFields.por]),
            TableExportColumn(screenTitle: title(.acc), isNumeric: true, fields: [CommonExportFields.acc]),
            TableExportColumn(screenTitle: title(.undocumented), isNumeric: true, fields: [CommonExportFields.undocumented]),
            TableExportColumn(screenTitle: title(.other), isOnScreen: otherReported || sorted == .other, isNumeric: true,
                              fields: [CommonExportFields.other]),
            TableExportColumn(screenTitle: title(.households), isNumeric: true, fields: [CommonExportFields.households]),
            TableExportColumn(screenTitle: title(.denotified), isNumeric: false, fields: [
                TableExportField(id: "denotified_on", title: "De-notified", kind: .date,
                                 description: "The day the camp lost its official status"),
            ]),
            TableExportColumn(screenTitle: title(.change), isNumeric: true, fields: [CommonExportFields.change, CommonExportFields.new, CommonExportFields.gone]),
            TableExportColumn(screenTitle: "Partial sums", isOnScreen: false, isNumeric: false, fields: [CommonExportFields.partialSums]),
        ]
    }

    static func cells(of figures: CampFigures, glyphs: TableGlyphs) -> [TableExportCell] {
        let camp = figures.camp
        let isGone = figures.isGone
        // A gone camp has a last population and a change, and no current status or counts (as on screen).
        func cell(_ key: CampColumn, _ values: TableExportValue...) -> TableExportCell {
            TableExportCell(screenText: CampsPane.cell(key, of: figures, glyphs: glyphs).text, values: isGone ? values.map { _ in .none } : values)
        }
        return [
            TableExportCell(screenText: CampsPane.cell(.name, of: figures, glyphs: glyphs).text, values: [.text(camp.name)]),
            TableExportCell(screenText: "", values: [.text(camp.id)]),
            // As the snapshot spells it (`denotified`): files are for machines; the screen says "de-notified".
            TableExportCell(screenText: CampsPane.cell(.status, of: figures, glyphs: glyphs).text,
                            values: [.text(isGone ? FigureText.gone : camp.status.rawValue)]),
            TableExportCell(screenText: CampsPane.cell(.population, of: figures, glyphs: glyphs).text, values: [.integer(camp.population)]),
            cell(.por, .optional(camp.byDocument?.por)),
            cell(.acc, .optional(camp.byDocument?.acc)),
            cell(.undocumented, .optional(camp.byDocument?.undocumented)),
            cell(.other, .optional(camp.byDocument?.other)),
            cell(.households, .optional(camp.households)),
            cell(.denotified, camp.denotifiedOn.map { .text($0.description) } ?? .none),
            TableExportCell(screenText: CampsPane.cell(.change, of: figures, glyphs: glyphs).text,
                            values: TableExportValue.change(figures.populationChange, isNew: figures.isNew, isGone: isGone)),
            // A camp's own figures are reported or not; only sums can be partial.
            TableExportCell(screenText: "", values: [.none]),
        ]
    }

    /// The "All camps" row: the district's own figures over all its camps, filtered or not (as on screen).
    static func cells(ofDistrict district: DistrictFigures, glyphs: TableGlyphs) -> [TableExportCell] {
        func screen(_ key: CampColumn) -> String { CampsPane.cell(key, ofDistrict: district, glyphs: glyphs).text }
        func cell(_ key: CampColumn, _ values: TableExportValue...) -> TableExportCell {
            TableExportCell(screenText: screen(key), values: values)
        }
        let documents = district.documents
        return [
            cell(.name, .text(screen(.name))),
            TableExportCell(screenText: "", values: [.none]),
            cell(.status, .text(screen(.status))),
            cell(.population, .integer(district.population)),
            cell(.por, .reported(documents.por)),
            cell(.acc, .reported(documents.acc)),
            cell(.undocumented, .reported(documents.undocumented)),
            cell(.other, .reported(documents.other)),
            cell(.households, .reported(district.households)),
            cell(.denotified, .none),
            TableExportCell(screenText: screen(.change), values: TableExportValue.change(district.populationChange, isNew: district.isNew)),
            TableExportCell(screenText: "", values: [TableExportValue.partialSums(
                TableExportValue.documentSums(documents, households: district.households)
            )]),
        ]
    }
}
