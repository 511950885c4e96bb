import DashboardCore

/// `render --table crossings`: the crossings table (`t`) whole, every day at
/// every point and at all points together, for CSV, JSON, Markdown or text.
///
/// Rows: days oldest first, back to the first row the snapshot has (rows
/// dated after the snapshot's day are left out, as on screen). Within a day,
/// one row per crossing row the snapshot has, points in the pane's order
/// (Torkham first, then by total), then the day's all-points row: point
/// `ALL` in CSV and JSON, "All points" in Markdown and text. A day no point
/// reported has no rows. A point without a row that day gets none either,
/// and the all-points row names, in `partial_sums`, the sums that not every
/// point gave (`≥` on screen).
///
/// Columns: date, point, total, deported, families, the four documents
/// (por, acc, undocumented, other), one per province (every province any
/// row names, by name in code point order: `CrossingTable.provinces`), then
/// partial_sums. A figure the row does not give is empty (JSON `null`).
public struct CrossingsTableExport: Sendable, Equatable {
    public static let tableName = "crossings"
    /// The point of the all-points rows in CSV and JSON.
    public static let allPointsMark = "ALL"
    public static let title = "Crossings by day and point"

    public let snapshot: ExportedSnapshot
    /// What the dashboard reads, as the operator named it.
    public let sourcePath: String
    /// The dashboard's clock when the export was made, in the snapshot's zone (RFC 3339).
    public let exportedAt: String
    public let provinces: [String]
    public let columns: [TableExportColumn]
    public let rows: [[TableExportCell]]

    /// Nil until a valid snapshot is on screen.
    public init?(state: AppState) {
        guard let data = state.data else { return nil }
        let glyphs = TableGlyphs(state.options)
        let table = data.crossingTable
        snapshot = ExportedSnapshot(data)
        sourcePath = TerminalSafeText.sanitize(state.sourcePath)
        exportedAt = state.now.formatted(utcOffsetSeconds: data.timeZone.utcOffsetSeconds(at: state.now))
        provinces = table.provinces
        columns = Self.columns(provinces: table.provinces)
        var rows: [[TableExportCell]] = []
        for day in table.daysNewestFirst.reversed() {
            let reporting = data.crossings.points.filter { $0.row(on: day) != nil }
            guard !reporting.isEmpty else { continue }
            for point in reporting {
                rows.append(Self.cells(table.figures(on: day, at: point), provinces: table.provinces,
                                       point: .text(point.point), pointText: point.point, glyphs: glyphs))
            }
            rows.append(Self.cells(table.figuresOfAllPoints(on: day), provinces: table.provinces,
                                   point: .text(Self.allPointsMark), pointText: "All points", glyphs: glyphs))
        }
        self.rows = rows
    }

    /// Every CSV and JSON field, in order.
    public var fields: [TableExportField] { columns.flatMap(\.fields) }

    static let partialSums = TableExportField(
        id: "partial_sums", title: "Partial sums", kind: .text,
        description: "On an all-points row: columns that only some points gave that day, so the true figure is at least this (≥ on screen)"
    )

    static func columns(provinces: [String]) -> [TableExportColumn] {
        func count(_ field: TableExportField) -> TableExportColumn {
            // A province's name is producer text: exact in CSV and JSON, terminal-safe where people read it.
            TableExportColumn(screenTitle: TerminalSafeText.sanitize(field.title), isNumeric: true, fields: [field])
        }
        return [
            TableExportColumn(screenTitle: "Date", isNumeric: false, fields: [TableExportField(id: "date", title: "Date", kind: .date)]),
            TableExportColumn(screenTitle: "Point", isNumeric: false, fields: [TableExportField(
                id: "point", title: "Point", kind: .text, description: "The crossing point; \(allPointsMark) for the sum over every point that day")]),
            count(TableExportField(id: "total", title: "Total", kind: .integer, description: "People who crossed out that day")),
            count(TableExportField(id: "deported", title: "Deported", kind: .integer, description: "Of them, removed by the authorities")),
            count(TableExportField(id: "families", title: "Families", kind: .integer)),
            count(CommonExportFields.por), count(CommonExportFields.acc), count(CommonExportFields.undocumented), count(CommonExportFields.other),
        ] + provinces.map { name in
            count(TableExportField(id: "by_province:" + name, title: name, kind: .integer, description: "Departed from this province (by_province)"))
        } + [TableExportColumn(screenTitle: partialSums.title, isOnScreen: false, isNumeric: false, fields: [partialSums])]
    }

    static func cells(
        _ figures: CrossingDayFigures, provinces: [String], point: TableExportValue, pointText: String, glyphs: TableGlyphs
    ) -> [TableExportCell] {
        func cell(_ sum: ReportedSum) -> TableExportCell {
            TableExportCell(screenText: FigureText.reported(sum, glyphs: glyphs).text, values: [.reported(sum)])
        }
        let documents = figures.documents
        let sums: [(title: String, sum: ReportedSum)] = [
            ("Total", figures.total), ("Deported", figures.deported), ("Families", figures.families),
            (CommonExportFields.por.title, documents.por), (CommonExportFields.acc.title, documents.acc),
            (CommonExportFields.undocumented.title, documents.undocumented), (CommonExportFields.other.title, documents.other),
        ]
            + zip(provinces, figures.provinces).map { (title: $0, sum: $1) }
        return [TableExportCell(screenText: figures.day.description, values: [.text(figures.day.description)]),
                TableExportCell(screenText: pointText, values: [point])]
            + sums.map { cell($0.sum) }
            + [TableExportCell(screenText: "", values: [TableExportValue.partialSums(sums)])]
    }
}
