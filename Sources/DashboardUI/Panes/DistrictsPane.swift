import DashboardCore

/// The districts table: one row per district of the snapshot on screen, a
/// totals row for the whole snapshot, sortable and filterable (see `AppState`).
enum DistrictsPane {
    /// Most district names in full ("Dera Ismail Khan"): at 80 columns a whole
    /// name is worth more than a fifth figure column.
    static let nameMinimumWidth = 16
    static let provinceMinimumWidth = 8
    /// Past this a province name is cut; the column is context, not the point.
    static let provinceMaximumWidth = 24

    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        let glyphs = TableGlyphs(state.options)
        let pane = TablePaneDrawing(rect: rect, glyphs: glyphs, isFocused: state.focus == .districts)
        guard let data = state.data else {
            pane.drawFrame(title: "Districts", on: &screen)
            pane.drawMessage("Waiting for a valid snapshot in \(state.sourcePath)", on: &screen)
            return
        }
        let table = state.districts
        let all = data.population.districts
        // Only the rows on screen are looked up: a snapshot may hold 10,000 districts.
        let rowIDs = table.rowIDs
        pane.drawFrame(title: title(shown: rowIDs.count, of: all.count, gone: data.population.goneDistricts.count, filter: table.filter), on: &screen)

        let sortedKey = table.sortColumn
        let layout = TableLayout(
            columns: columns(data, sortedKey: sortedKey, ascending: table.ascending, glyphs: glyphs),
            width: pane.contentWidth, gap: TablePaneDrawing.columnGap,
            narrowing: DistrictsTableNarrowing.steps, keeping: sortedKey
        )
        pane.drawHeader(layout, sortedBy: sortedKey, on: &screen)

        if rowIDs.isEmpty {
            pane.drawMessage(all.isEmpty ? "This snapshot lists no districts" : "No district matches \"\(table.filter)\"", on: &screen)
        }
        let range = pane.visibleRange(count: rowIDs.count, scrollTop: table.scrollTop)
        for index in range {
            guard let district = data.districtRow(id: rowIDs[index]) else { continue }
            pane.drawRow(line: index - range.lowerBound, isSelected: district.id == table.selectedID,
                         isChanged: state.changeHighlight.isMarked(district.id, at: state.now), layout, on: &screen) {
                cell($0, of: district, glyphs: glyphs)
            }
        }
        pane.drawPosition(firstShown: range.lowerBound, shown: range.count, of: rowIDs.count, on: &screen)

        let totals = data.population.totals
        pane.drawTotals(layout, rowsShown: range.count, on: &screen) { cell($0, ofTotals: totals, glyphs: glyphs) }
    }

    /// Cells the pane needs to show every column (for `Layout`).
    static func widthShowingAllColumns(_ state: AppState) -> Int? {
        guard let data = state.data else { return nil }
        let columns = columns(data, sortedKey: nil, ascending: true, glyphs: TableGlyphs(state.options))
        return TablePaneDrawing.paneWidth(forContentWidth: TableLayout.widthShowingAll(columns, gap: TablePaneDrawing.columnGap))
    }

    /// "Districts (23)", or "Districts (4 of 23), filter "pe"" so a kept filter
    /// is never forgotten; "Districts (22, 1 gone)" when districts of the
    /// previous snapshot are missing (their rows come last). `shown` counts
    /// the rows listed, gone ones included.
    static func title(shown: Int, of total: Int, gone: Int = 0, filter: String) -> String {
        let goneText = gone > 0 ? ", \(CountFormat.count(gone)) gone" : ""
        let totalText = CountFormat.count(total)
        return filter.isEmpty
            ? "Districts (\(totalText)\(goneText))"
            : "Districts (\(CountFormat.count(shown)) of \(CountFormat.count(total + gone))\(goneText)), filter \"\(filter)\""
    }

    static func cell(_ key: DistrictColumn, of district: DistrictFigures, glyphs: TableGlyphs) -> TableCell {
        district.isGone ? FigureText.dimmed(goneCell(key, of: district, glyphs: glyphs)) : currentCell(key, of: district, glyphs: glyphs)
    }

    /// A district gone since the previous snapshot: its name, `gone`, its last
    /// population and minus that as its change; no other figure is its now.
    private static func goneCell(_ key: DistrictColumn, of district: DistrictFigures, glyphs: TableGlyphs) -> TableCell {
        switch key {
        case .name, .province, .population, .change: currentCell(key, of: district, glyphs: glyphs)
        case .camps: TableCell(FigureText.gone)
        case .por, .acc, .undocumented, .other, .households: .empty
        }
    }

    private static func currentCell(_ key: DistrictColumn, of district: DistrictFigures, glyphs: TableGlyphs) -> TableCell {
        switch key {
        case .name: TableCell(district.name)
        case .province: TableCell(district.province)
        case .camps: TableCell(FigureText.camps(open: district.campsOpen, total: district.campsTotal))
        case .population: TableCell(CountFormat.count(district.population))
        case .por: FigureText.reported(district.documents.por, glyphs: glyphs)
        case .acc: FigureText.reported(district.documents.acc, glyphs: glyphs)
        case .undocumented: FigureText.reported(district.documents.undocumented, glyphs: glyphs)
        case .other: FigureText.reported(district.documents.other, glyphs: glyphs)
        case .households: FigureText.reported(district.households, glyphs: glyphs)
        case .change: FigureText.change(district.populationChange, isNew: district.isNew, glyphs: glyphs)
        }
    }

    static func cell(_ key: DistrictColumn, ofTotals totals: GrandTotals, glyphs: TableGlyphs) -> TableCell {
        switch key {
        case .name: TableCell("All districts")
        case .province: .empty
        case .camps: TableCell(FigureText.camps(open: totals.campsOpen, total: totals.campsTotal))
        case .population: TableCell(CountFormat.count(totals.population))
        case .por: FigureText.reported(totals.documents.por, glyphs: glyphs)
        case .acc: FigureText.reported(totals.documents.acc, glyphs: glyphs)
        case .undocumented: FigureText.reported(totals.documents.undocumented, glyphs: glyphs)
        case .other: FigureText.reported(totals.documents.other, glyphs: glyphs)
        case .households: FigureText.reported(totals.households, glyphs: glyphs)
        case .change: FigureText.change(totals.populationChange, isNew: false, glyphs: glyphs)
        }
    }

    /// Column widths come from every district of the snapshot, not only the
    /// rows shown, so columns stay put while scrolling and filtering. Sums
    /// are measured on the totals row, which is the largest of each; the
    /// change column on the largest rise and fall. `Other` is left out when
    /// no camp of the snapshot reports it (a column of dashes; the exports
    /// still carry it).
    static func columns(
        _ data: DashboardData, sortedKey: DistrictColumn?, ascending: Bool, glyphs: TableGlyphs
    ) -> [TableColumn<DistrictColumn>] {
        let totals = data.population.totals
        let extents = data.districtColumnExtents
        let provinceWidth = extents.provinceWidth
        let largestRise = extents.largestRise, largestFall = extents.largestFall
        let changeTexts = [largestRise, largestFall].map { FigureText.change($0, isNew: false, glyphs: glyphs).text }
            + [cell(.change, ofTotals: totals, glyphs: glyphs).text, "new", glyphs.missing]

        let changeTitle = data.changeColumnTitle(glyphs)
        let keys = DistrictColumn.allCases.filter { $0 != .other || $0 == sortedKey || !totals.documents.other.isUnreported }
        return keys.map { key in
            let keyTitle = key == .change ? changeTitle : key.title
            let title = glyphs.sortTitle(keyTitle, isSorted: key == sortedKey, ascending: ascending)
            let header = glyphs.sortableTitleWidth(keyTitle)
            switch key {
            case .name:
                return TableColumn(key: key, title: title, alignment: .left, width: nameMinimumWidth, isFlexible: true)
            case .province:
                return TableColumn(
                    key: key, title: title, alignment: .left,
                    width: max(header, min(provinceWidth, provinceMaximumWidth)), minimumWidth: provinceMinimumWidth
                )
            case .change:
                return TableColumn(key: key, title: title, alignment: .right, width: max(header, changeTexts.map(TextWidth.of).max() ?? 0))
            case .population:
                let widest = max(totals.population, extents.largestGonePopulation)
                return TableColumn(key: key, title: title, alignment: .right, width: max(header, TextWidth.of(CountFormat.count(widest))))
            default:
                let widest = TextWidth.of(cell(key, ofTotals: totals, glyphs: glyphs).text)
                return TableColumn(key: key, title: title, alignment: .right, width: max(header, widest))
            }
        }
    }
}
