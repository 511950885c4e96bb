import DashboardCore

/// The table on screen, every row of it, ready to be written as CSV, JSON or
/// Markdown: the districts table as filtered and sorted, or the drilled-in
/// district's camps. Built from the state's rows in display order and the
/// panes' own cell texts, so the files hold the figures the screen shows.
public struct TableExport: Sendable, Equatable {
    /// `districts` or `camps`: what each row is.
    public let tableName: String
    /// The pane's title as on screen, e.g. `Districts (4 of 23), filter "pe"`,
    /// with the names in it exact (the Markdown writer makes it terminal-safe).
    public let title: String
    /// The district whose camps these are; nil for the districts table. Its
    /// id and name exactly as the snapshot has them.
    public let districtID: String?
    public let districtName: String?
    /// The sort column's key (`population`, as `--sort` takes it) and title.
    public let sortColumn: String
    public let sortTitle: String
    public let sortAscending: Bool
    /// The name filter in force; empty for none.
    public let filter: String
    public let snapshot: ExportedSnapshot
    /// What the dashboard reads, as the operator named it.
    public let sourcePath: String
    /// The dashboard's clock when the export was made, in the snapshot's zone (RFC 3339).
    public let exportedAt: String
    public let columns: [TableExportColumn]
    /// Every row that passes the filter, in the screen's order.
    public let rows: [[TableExportCell]]
    /// The totals row the screen shows under the rows (the whole district or
    /// snapshot, whatever the filter).
    public let totals: [TableExportCell]

    /// Nil until a valid snapshot is on screen: there is no table to export.
    public init?(state: AppState) {
        guard let data = state.data else { return nil }
        let glyphs = TableGlyphs(state.options)
        snapshot = ExportedSnapshot(data)
        sourcePath = TerminalSafeText.sanitize(state.sourcePath)
        exportedAt = state.now.formatted(utcOffsetSeconds: data.timeZone.utcOffsetSeconds(at: state.now))

        if let drillDown = state.drillDown, let district = data.district(id: drillDown.districtID),
           let allCamps = data.population.camps(ofDistrict: district.id) {
            let table = drillDown.camps
            let rows = state.campRows ?? []
            tableName = "camps"
            title = CampsPane.title(
                district, shown: rows.count, of: allCamps.count, gone: data.population.goneCamps(ofDistrict: district.id).count, filter: table.filter
            )
            districtID = district.id
            districtName = district.name
            sortColumn = String(describing: table.sortColumn)
            sortTitle = table.sortColumn.title
            sortAscending = table.ascending
            filter = TerminalSafeText.sanitize(table.filter)
            columns = CampsTableExport.columns(sortedBy: table.sortColumn, ascending: table.ascending,
                                               otherReported: !district.documents.other.isUnreported, glyphs: glyphs)
            self.rows = rows.map { CampsTableExport.cells(of: $0, glyphs: glyphs) }
            totals = CampsTableExport.cells(ofDistrict: district, glyphs: glyphs)
        } else {
            let table = state.districts
            let rows = state.districtRows
            tableName = "districts"
            title = DistrictsPane.title(
                shown: rows.count, of: data.population.districts.count, gone: data.population.goneDistricts.count, filter: table.filter
            )
            districtID = nil
            districtName = nil
            sortColumn = String(describing: table.sortColumn)
            sortTitle = table.sortColumn.title
            sortAscending = table.ascending
            filter = TerminalSafeText.sanitize(table.filter)
            columns = DistrictsTableExport.columns(sortedBy: table.sortColumn, ascending: table.ascending,
                                                   otherReported: !data.population.totals.documents.other.isUnreported, glyphs: glyphs)
            self.rows = rows.map { DistrictsTableExport.cells(of: $0, glyphs: glyphs) }
            totals = DistrictsTableExport.cells(ofTotals: data.population.totals, glyphs: glyphs)
        }
    }

    /// Every CSV and JSON field, in order.
    public var fields: [TableExportField] { columns.flatMap(\.fields) }

    /// A row's values, one per entry of `fields`.
    public static func values(of row: [TableExportCell]) -> [TableExportValue] {
        row.flatMap(\.values)
    }
}
