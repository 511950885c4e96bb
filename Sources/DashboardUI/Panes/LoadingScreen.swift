import DashboardCore
/// What shows while many or large snapshot files are read: at start-up in
/// place of a blank screen, and over the dashboard during a long rescan.
///
///     ┌─ repatdash ────────────────────────────────┐
///     │                                            │
///     │  Reading snapshots 12/40 · 48/160 MB       │
///     │  ██████████░░░░░░░░░░░░░░░░░░░░░░░░░  30%  │
///     │  2025-04-07T2100.json                      │
///     │                                            │
///     │  q quit                                    │
///     └────────────────────────────────────────────┘
///
/// Pure, like `DashboardView`: the run loop renders it through the same
/// renderer, so only the changed figures are sent on each update.
public enum LoadingScreen {
    static let quitHint = "q quit"
    static let minimumTextWidth = 40

    /// A whole screen: the progress box on a blank background.
    public static func render(_ progress: SnapshotReadProgress, width: Int, height: Int, ascii: Bool) -> Screen {
        var screen = Screen(width: width, height: height, boxCharset: ascii ? .ascii : .unicode)
        draw(progress, on: &screen, ascii: ascii)
        return screen
    }

    /// The progress box over what `screen` holds (the dashboard during a rescan).
    public static func draw(_ progress: SnapshotReadProgress, on screen: inout Screen, ascii: Bool) {
        guard screen.width > 0, screen.height > 0 else { return }
        let glyphs: PaneGlyphs = ascii ? .ascii : .unicode
        let sentence = summary(progress, glyphs: glyphs)
        let textWidth = max(minimumTextWidth, TextWidth.of(sentence))
        let box = HelpOverlay.centred(width: textWidth + 6, height: 8, in: screen.bounds)
        // A terminal too small for the box still gets the one line that matters.
        guard box.width == textWidth + 6, box.height == 8 else {
            let fitted = glyphs.fit(sentence, toWidth: screen.width)
            let row = screen.height / 2
            screen.fill(Rect(row: row, col: 0, width: screen.width, height: 1))
            screen.put(text: fitted, row: row, col: (screen.width - TextWidth.of(fitted)) / 2, style: .header)
            return
        }
        screen.fill(box)
        screen.drawBox(box, style: .accent, title: "repatdash", titleStyle: .header)
        let col = box.col + 3
        screen.put(text: sentence, row: box.row + 2, col: col, style: .header)
        screen.put(text: bar(progress, width: textWidth, ascii: ascii), row: box.row + 3, col: col, style: .chartBar)
        screen.put(text: glyphs.fit(PathBytes.displayedName(progress.currentPath), toWidth: textWidth), row: box.row + 4, col: col, style: .muted)
        screen.put(text: quitHint, row: box.row + 6, col: col, style: .muted)
    }

    /// `Reading snapshots 12/40 · 48/160 MB` (megabytes of 10⁶ bytes; no
    /// sizes when none are known).
    static func summary(_ progress: SnapshotReadProgress, glyphs: PaneGlyphs) -> String {
        let files = "Reading snapshots \(progress.filesRead)/\(progress.fileCount)"
        guard progress.byteCount > 0 else { return files }
        return files + " \(glyphs.separator) " + megabytes(read: progress.bytesRead, total: progress.byteCount)
    }

    /// `48/160 MB`; one decimal below 10 MB so small totals still move.
    /// The part read is rounded down, so it never shows the total early.
    static func megabytes(read: Int, total: Int) -> String {
        let megabyte = 1_000_000.0
        if total < 10_000_000 {
            let readTenths = Int(Double(read) / megabyte * 10)
            let totalTenths = Int((Double(total) / megabyte * 10).rounded())
            return "\(readTenths / 10).\(readTenths % 10)/\(totalTenths / 10).\(totalTenths % 10) MB"
        }
        return "\(Int(Double(read) / megabyte))/\(Int((Double(total) / megabyte).rounded())) MB"
    }

    /// A bar of `width` cells ending in the percentage: `█████░░░░░  30%`.
    static func bar(_ progress: SnapshotReadProgress, width: Int, ascii: Bool) -> String {
        let percent = progress.percentText
        let label = " " + String(repeating: " ", count: 4 - min(4, percent.count)) + percent
        let cells = max(0, width - label.count)
        let filled = min(cells, Int(progress.fraction * Double(cells)))
        let (full, empty): (String, String) = ascii ? ("#", "-") : ("█", "░")
        return String(repeating: full, count: filled) + String(repeating: empty, count: cells - filled) + label
    }
}
