/// What a terminal below the minimum size shows instead of the dashboard
/// (as btop does): the size needed and the size there is, centred, so the
/// operator knows to enlarge the window or tmux pane rather than suspect a
/// crash. Sane at any size down to 0×0.
enum TooSmallScreen {
    static func draw(_ state: AppState, on screen: inout Screen) {
        guard screen.width > 0, screen.height > 0 else { return }
        let glyphs = PaneGlyphs.forOptions(state.options)
        let times = glyphs.times
        let need = "need \(Layout.minimumWidth)\(times)\(Layout.minimumHeight)"
        let have = "have \(screen.width)\(times)\(screen.height)"
        let sentence = "terminal too small: \(need), \(have)"
        // One line when it fits; otherwise a short stack, most telling line first.
        let lines: [(text: String, style: Style)] = TextWidth.of(sentence) <= screen.width
            ? [(sentence, .warning)]
            : [("terminal too small", .warning), (need, .normal), (have, .normal)]
        let shown = lines.prefix(screen.height)
        let top = (screen.height - shown.count) / 2
        for (offset, line) in shown.enumerated() {
            let fitted = glyphs.fit(line.text, toWidth: screen.width)
            screen.put(text: fitted, row: top + offset, col: (screen.width - TextWidth.of(fitted)) / 2, style: line.style)
        }
    }
}
