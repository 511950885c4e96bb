import DashboardCore

/// How the tables write DashboardCore's figures. Formatting only: every
/// number comes in already computed.
enum FigureText {
    /// "▲ +1,204", "▼ -35", "0"; "new" for a district or camp the previous
    /// snapshot did not have; a dash when there is no previous snapshot. The
    /// arrow and sign carry the direction, so it reads without colour.
    static func change(_ change: Int?, isNew: Bool, glyphs: TableGlyphs) -> TableCell {
        guard let change else {
            return isNew ? TableCell("new", style: .accent) : TableCell(glyphs.missing, style: .muted)
        }
        if change > 0 { return TableCell(glyphs.increase + " " + CountFormat.change(change), style: .positive) }
        if change < 0 { return TableCell(glyphs.decrease + " " + CountFormat.change(change), style: .negative) }
        return TableCell(CountFormat.change(change))
    }

    /// A sum of an optional field: a dash when no camp reported it, "≥" before
    /// it when only some did (the true figure is at least this).
    static func reported(_ sum: ReportedSum, glyphs: TableGlyphs) -> TableCell {
        if sum.isUnreported { return TableCell(glyphs.missing, style: .muted) }
        if !sum.isComplete { return TableCell(glyphs.atLeast + CountFormat.count(sum.sum)) }
        return TableCell(CountFormat.count(sum.sum))
    }

    /// One camp's optional count: a dash when the producer left it out.
    static func optional(_ value: Int?, glyphs: TableGlyphs) -> TableCell {
        value.map { TableCell(CountFormat.count($0)) } ?? TableCell(glyphs.missing, style: .muted)
    }

    /// "12/14": camps open of camps listed.
    static func camps(open: Int, total: Int) -> String {
        CountFormat.count(open) + "/" + CountFormat.count(total)
    }

    /// In the camps (or status) column of a row that disappeared since the previous snapshot.
    static let gone = "gone"

    /// A row that disappeared since the previous snapshot: every cell dimmed,
    /// its own colour given up (the word `gone` and the sign say what it is).
    static func dimmed(_ cell: TableCell) -> TableCell {
        TableCell(cell.text, style: .muted)
    }

    static func status(_ status: Camp.Status) -> TableCell {
        switch status {
        case .open: TableCell("open")
        case .denotified: TableCell("de-notified")
        case .closed: TableCell("closed", style: .muted)
        }
    }
}
