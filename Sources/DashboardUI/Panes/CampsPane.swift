import DashboardCore

/// The drill-down: one row per camp of the district entered with Enter, and
/// a totals row with the district's own figures.
enum CampsPane {
    static let nameMinimumWidth = 14

    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        let glyphs = TableGlyphs(state.options)
        let pane = TablePaneDrawing(rect: rect, glyphs: glyphs, isFocused: state.focus == .districts)
        guard let drillDown = state.drillDown, let data = state.data,
              let district = data.district(id: drillDown.districtID),
              let allCamps = data.population.camps(ofDistrict: drillDown.districtID)
        else {
            // Only between a snapshot dropping the district and `AppState` leaving the drill-down.
            pane.drawFrame(title: "Camps", on: &screen)
            return
        }
        let table = drillDown.camps
        let rows = state.campRows ?? []
        let goneCamps = data.population.goneCamps(ofDistrict: district.id)
        pane.drawFrame(title: title(district, shown: rows.count, of: allCamps.count, gone: goneCamps.count, filter: table.filter), on: &screen)

        let layout = TableLayout(
            columns: columns(allCamps + goneCamps, district: district, sortedBy: table.sortColumn, ascending: table.ascending, glyphs: glyphs,
                             changeTitle: data.changeColumnTitle(glyphs)),
            width: pane.contentWidth, gap: TablePaneDrawing.columnGap,
            narrowing: CampsTableNarrowing.steps, keeping: table.sortColumn
        )
        pane.drawHeader(layout, sortedBy: table.sortColumn, on: &screen)

        if rows.isEmpty {
            pane.drawMessage(allCamps.isEmpty ? "No camps listed for this district" : "No camp matches \"\(table.filter)\"", on: &screen)
        }
        let range = pane.visibleRange(count: rows.count, scrollTop: table.scrollTop)
        for index in range {
            let camp = rows[index]
            pane.drawRow(line: index - range.lowerBound, isSelected: camp.camp.id == table.selectedID,
                         isChanged: state.changeHighlight.isMarked(camp.camp.id, at: state.now), layout, on: &screen) {
                cell($0, of: camp, glyphs: glyphs)
            }
        }
        pane.drawPosition(firstShown: range.lowerBound, shown: range.count, of: rows.count, on: &screen)
        pane.drawTotals(layout, rowsShown: range.count, on: &screen) { cell($0, ofDistrict: district, glyphs: glyphs) }
        drawTrend(state, district: district.id, in: rect, positionShown: range.count < rows.count, on: &screen)
    }

    /// The district's trend over the kept history, on the bottom border, left of "9-16 of 23".
    static func drawTrend(_ state: AppState, district id: String, in rect: Rect, positionShown: Bool, on screen: inout Screen) {
        guard let data = state.data, rect.height >= 2 else { return }
        let trend = DistrictTrend(district: id, in: state.history, until: data.snapshot.generatedAt)
        // Room for the position text ("1-8 of 23") when it is drawn at the right.
        let room = rect.width - 6 - (positionShown ? 16 : 0)
        guard let text = TrendLine.text(trend, zone: data.timeZone, glyphs: PaneGlyphs.forOptions(state.options), width: room) else { return }
        screen.put(text: " " + text + " ", row: rect.bottom - 1, col: rect.col + 2, style: .accent, maxWidth: room + 2)
    }

    /// Cells the pane needs to show every column of the drilled-in district (for `Layout`).
    static func widthShowingAllColumns(_ state: AppState) -> Int? {
        guard let drillDown = state.drillDown, let data = state.data, let district = data.district(id: drillDown.districtID),
              let camps = data.population.camps(ofDistrict: district.id) else { return nil }
        let all = camps + data.population.goneCamps(ofDistrict: district.id)
        let glyphs = TableGlyphs(state.options)
        let columns = columns(all, district: district, sortedBy: drillDown.camps.sortColumn, ascending: true, glyphs: glyphs,
                              changeTitle: data.changeColumnTitle(glyphs))
        return TablePaneDrawing.paneWidth(forContentWidth: TableLayout.widthShowingAll(columns, gap: TablePaneDrawing.columnGap))
    }

    /// "Peshawar, Khyber Pakhtunkhwa (8 camps)"; with a filter, how many of them
    /// match; "(7 camps, 1 gone)" when camps of the previous snapshot are
    /// missing (their rows come last; `shown` counts them).
    static func title(_ district: DistrictFigures, shown: Int, of total: Int, gone: Int = 0, filter: String) -> String {
        let place = "\(district.name), \(district.province)"
        let noun = total == 1 ? "camp" : "camps"
        let goneText = gone > 0 ? ", \(CountFormat.count(gone)) gone" : ""
        let totalText = CountFormat.count(total)
        return filter.isEmpty
            ? "\(place) (\(totalText) \(noun)\(goneText))"
            : "\(place) (\(CountFormat.count(shown)) of \(CountFormat.count(total + gone)) \(noun)\(goneText)), filter \"\(filter)\""
    }

    static func cell(_ key: CampColumn, of figures: CampFigures, glyphs: TableGlyphs) -> TableCell {
        guard figures.isGone else { return currentCell(key, of: figures, glyphs: glyphs) }
        // A camp gone since the previous snapshot: its name, `gone`, its last population and minus that.
        switch key {
        case .name, .population, .change: return FigureText.dimmed(currentCell(key, of: figures, glyphs: glyphs))
        case .status: return FigureText.dimmed(TableCell(FigureText.gone))
        case .por, .acc, .undocumented, .other, .households, .denotified: return .empty
        }
    }

    private static func currentCell(_ key: CampColumn, of figures: CampFigures, glyphs: TableGlyphs) -> TableCell {
        let camp = figures.camp
        switch key {
        case .name: return TableCell(camp.name)
        case .status: return FigureText.status(camp.status)
        case .population: return TableCell(CountFormat.count(camp.population))
        case .por: return FigureText.optional(camp.byDocument?.por, glyphs: glyphs)
        case .acc: return FigureText.optional(camp.byDocument?.acc, glyphs: glyphs)
        case .undocumented: return FigureText.optional(camp.byDocument?.undocumented, glyphs: glyphs)
        case .other: return FigureText.optional(camp.byDocument?.other, glyphs: glyphs)
        case .households: return FigureText.optional(camp.households, glyphs: glyphs)
        case .denotified:
            // Open camps have no date to give; a de-notified one without its date shows the gap.
            if let day = camp.denotifiedOn { return TableCell(day.description) }
            return camp.status == .denotified ? TableCell(glyphs.missing, style: .muted) : .empty
        case .change: return FigureText.change(figures.populationChange, isNew: figures.isNew, glyphs: glyphs)
        }
    }

    /// The district's own figures (DashboardCore's sums over all its camps, filtered or not).
    static func cell(_ key: CampColumn, ofDistrict district: DistrictFigures, glyphs: TableGlyphs) -> TableCell {
        switch key {
        case .name: TableCell("All camps")
        case .status: TableCell(FigureText.camps(open: district.campsOpen, total: district.campsTotal) + " open")
        case .population: TableCell(CountFormat.count(district.population))
        case .por: FigureText.reported(district.documents.por, glyphs: glyphs)
        case .acc: FigureText.reported(district.documents.acc, glyphs: glyphs)
        case .undocumented: FigureText.reported(district.documents.undocumented, glyphs: glyphs)
        case .other: FigureText.reported(district.documents.other, glyphs: glyphs)
        case .households: FigureText.reported(district.households, glyphs: glyphs)
        case .denotified: .empty
        case .change: FigureText.change(district.populationChange, isNew: district.isNew, glyphs: glyphs)
        }
    }

    /// Widths from every camp of the district (a district has tens, not thousands),
    /// so columns stay put while filtering. `Other` is left out when no camp of
    /// the district reports it, as for districts.
    static func columns(
        _ camps: [CampFigures], district: DistrictFigures, sortedBy sorted: CampColumn, ascending: Bool, glyphs: TableGlyphs,
        changeTitle: String = CampColumn.change.title
    ) -> [TableColumn<CampColumn>] {
        CampColumn.allCases.filter { $0 != .other || $0 == sorted || !district.documents.other.isUnreported }.map { key in
            let keyTitle = key == .change ? changeTitle : key.title
            let title = glyphs.sortTitle(keyTitle, isSorted: key == sorted, ascending: ascending)
            let texts = camps.map { cell(key, of: $0, glyphs: glyphs).text } + [cell(key, ofDistrict: district, glyphs: glyphs).text]
            let widest = max(glyphs.sortableTitleWidth(keyTitle), texts.map(TextWidth.of).max() ?? 0)
            switch key {
            case .name:
                return TableColumn(key: key, title: title, alignment: .left, width: nameMinimumWidth, isFlexible: true)
            case .status, .denotified:
                return TableColumn(key: key, title: title, alignment: .left, width: widest)
            default:
                return TableColumn(key: key, title: title, alignment: .right, width: widest)
            }
        }
    }
}
