import DashboardCore

/// The last row: when the snapshot on screen was written and how old it is,
/// what went wrong with the files, where the data comes from, and the keys
/// that matter most. Parts are dropped or shortened by priority as the
/// terminal narrows, least important first: the snapshot's time, the answer
/// to what the operator just did (an export's file and directory) and
/// `! N rejected` stay.
///
///     2025-04-07 21:00 PKT  (30m ago)  ! 2 rejected: bad.json: districts[0]…  ? help  q quit
enum StatusLine {
    /// A piece of the line. Lower `priority` values are placed first and so
    /// are the last to go.
    struct Part {
        var text: String
        var style: Style
        var priority: Int
        /// Shorter stand-ins, tried in order when `text` does not fit whole.
        var fallbacks: [String] = []
        /// Free text that may be cut with "…", given at least this many cells;
        /// nil for parts shown whole (or by a fallback) or not at all.
        var minimumTruncated: Int?
        /// Right-aligned parts (key hints) sit at the end of the line.
        var isRight = false
        /// One space after it rather than the gap: a label that belongs to the next part.
        var isLabel = false
        /// The operator's own feedback (what a key just did, files rejected or
        /// held aside): less important parts never take the room its shortest
        /// form needs.
        var isProtected = false
    }

    static let gap = 2

    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        guard !rect.isEmpty else { return }
        let parts = makeParts(state)
        let texts = fit(parts, width: rect.width, glyphs: PaneGlyphs.forOptions(state.options))
        let left = parts.indices.filter { texts[$0] != nil && !parts[$0].isRight }
        let right = parts.indices.filter { texts[$0] != nil && parts[$0].isRight }
        var col = rect.col
        for index in left {
            col += screen.put(text: texts[index]!, row: rect.row, col: col, style: parts[index].style, maxWidth: rect.right - col)
                + (parts[index].isLabel ? 1 : gap)
        }
        let rightWidth = right.reduce(0) { $0 + TextWidth.of(texts[$1]!) } + gap * max(0, right.count - 1)
        col = max(col, rect.right - rightWidth)
        for index in right {
            col += screen.put(text: texts[index]!, row: rect.row, col: col, style: parts[index].style, maxWidth: rect.right - col) + gap
        }
    }

    /// The parts in the order they appear, with their priorities: the
    /// snapshot's time and the answer to a key just pressed, then the age,
    /// the help key and a rejected file, ahead of the source, warnings and
    /// the file name.
    static func makeParts(_ state: AppState) -> [Part] {
        var parts: [Part] = []
        let rejected = state.rejectedFiles
        if state.isPaused {
            let waiting = state.pendingSnapshotCount
            parts.append(Part(text: "PAUSED" + (waiting > 0 ? " (\(waiting) new)" : "") + " p resumes", style: Style.warning.adding([.bold, .reverse]),
                              priority: 0, fallbacks: ["PAUSED"]))
        }
        if state.isStale, let age = state.snapshotAgeSeconds {
            // First on the line and in reverse video: it must read from across the room, colour or not.
            parts.append(Part(text: "STALE: newest snapshot is " + ageText(seconds: age).replacingOccurrences(of: " ago", with: "") + " old",
                              style: Style.critical.adding([.bold, .reverse]), priority: 0, fallbacks: ["STALE " + ageText(seconds: age), "STALE"]))
        }
        if let data = state.data {
            let generated = data.snapshot.generatedAt
            // The label is the first thing to go: the time says what it is once one has seen it.
            parts.append(Part(text: "Snapshot", style: .muted, priority: 8, isLabel: true))
            parts.append(Part(text: DateText.minute(generated, in: data.timeZone), style: .normal, priority: 0))
            let age = generated.seconds(until: state.now)
            if !state.isStale { // STALE already says the age
                parts.append(Part(text: "(" + ageText(seconds: age) + ")", style: .muted, priority: 1))
            }
        } else {
            parts.append(Part(text: "No valid snapshot yet", style: rejected.isEmpty ? .warning : .critical, priority: 0,
                              fallbacks: ["No snapshot"]))
        }
        if let message = state.statusMessage, message.isShowing(at: state.now) {
            // The answer to a key just pressed (`e`): the operator is looking for it now.
            let style = switch message.kind {
            case .error: Style.critical.adding(.bold)
            case .info: Style.accent.adding(.bold)
            case .hint: Style.accent
            }
            parts.append(Part(text: TerminalSafeText.sanitize(message.text), style: style, priority: 0, minimumTruncated: 20, isProtected: true))
        }
        if let problem = state.sourceProblem {
            // The directory vanished or cannot be read: the figures shown are the last good ones.
            parts.append(Part(text: "! " + TerminalSafeText.sanitize(problem), style: Style.critical.adding(.bold), priority: 1,
                              fallbacks: ["! source unreadable"], minimumTruncated: 20))
        }
        if let ahead = heldAsidePart(state) { parts.append(ahead) }
        if let newest = rejected.last {
            // Rejected files sort by path, and producers name them by time: the last is the newest.
            let head = "! \(rejected.count) rejected"
            let issue = newest.report.errors.first ?? newest.report.issues.first
            // A file rewritten badly in place: its figures on screen are its last good version.
            let kept = state.lastGoodKeptPaths.contains(newest.path) ? " (last good kept)" : ""
            let detail = TerminalSafeText.sanitize(newest.name) + kept + (issue.map { ": \($0)" } ?? "")
            parts.append(Part(text: head + ": " + detail, style: state.data == nil ? .critical : .warning, priority: 3,
                              fallbacks: [head], minimumTruncated: TextWidth.of(head) + 12, isProtected: true))
        }
        if let data = state.data, let warning = data.warnings.first {
            let count = data.warnings.count
            let head = "! \(count) warning" + (count == 1 ? "" : "s")
            parts.append(Part(text: head + ": \(warning.path): \(warning.message)", style: .warning, priority: 6,
                              fallbacks: [head], minimumTruncated: TextWidth.of(head) + 12))
        }
        if let data = state.data {
            if let source = data.snapshot.source, !source.isEmpty {
                parts.append(Part(text: TerminalSafeText.sanitize(source), style: .muted, priority: 5, minimumTruncated: 12))
            }
            parts.append(Part(text: "file " + TerminalSafeText.sanitize(PathBytes.displayedName(data.path)), style: .muted, priority: 7))
        } else {
            parts.append(Part(text: "watching " + TerminalSafeText.sanitize(state.sourcePath), style: .muted, priority: 5,
                              minimumTruncated: 16))
        }
        parts.append(Part(text: "? help", style: .normal, priority: 2, isRight: true))
        parts.append(Part(text: "q quit", style: .normal, priority: 4, isRight: true))
        return parts
    }

    /// `! 1 snapshot dated 23h 59m ahead: clock skew?`: snapshots held aside
    /// because they are dated past the clock. Loud, as STALE is: a producer's
    /// clock is wrong, or this machine's, and the newest figures are waiting.
    private static func heldAsidePart(_ state: AppState) -> Part? {
        guard let farthest = state.heldAsideSnapshots.last else { return nil }
        let count = state.heldAsideSnapshots.count
        let ahead = durationText(max(60, Int(state.now.seconds(until: farthest.snapshot.generatedAt).rounded(.towardZero))))
        let noun = count == 1 ? "snapshot dated" : "snapshots dated up to"
        return Part(text: "! \(count) \(noun) \(ahead) ahead: clock skew?", style: Style.critical.adding(.bold), priority: 1,
                    fallbacks: ["! \(count) ahead of clock", "! ahead"], isProtected: true)
    }

    /// The text each part shows in `width` cells, nil for parts left out.
    /// Greedy by priority: a part takes all it wants of what is left, so a
    /// long error cut to fit leaves nothing for the parts below it, except
    /// the room the operator's own feedback (`isProtected`) further on
    /// still needs in its shortest form: that is never crowded out.
    static func fit(_ parts: [Part], width: Int, glyphs: PaneGlyphs) -> [String?] {
        let order = parts.indices.sorted { (parts[$0].priority, $0) < (parts[$1].priority, $1) }
        var texts = [String?](repeating: nil, count: parts.count)
        var used = 0
        for (step, index) in order.enumerated() {
            let part = parts[index]
            // Protected parts further on keep the room of their shortest form.
            let reserved = order[(step + 1)...].filter { parts[$0].isProtected }.reduce(0) { $0 + gap + leastWidth(parts[$1]) }
            let room = width - used - (used == 0 ? 0 : gap) - reserved
            var chosen: String?
            if TextWidth.of(part.text) <= room {
                chosen = part.text
            } else if let minimum = part.minimumTruncated, room >= minimum {
                chosen = glyphs.fit(part.text, toWidth: room)
            } else if let fallback = part.fallbacks.first(where: { TextWidth.of($0) <= room }) {
                chosen = fallback
            } else if used == 0, room > 0 {
                // Not even the first part fits: show what there is room for.
                chosen = glyphs.fit(part.fallbacks.last ?? part.text, toWidth: room)
            }
            if let chosen {
                texts[index] = chosen
                used += (used == 0 ? 0 : gap) + TextWidth.of(chosen)
            }
        }
        return texts
    }

    /// Cells a part needs at the least: its shortest stand-in, or its minimum cut.
    private static func leastWidth(_ part: Part) -> Int {
        let forms = ([part.text] + part.fallbacks).map(TextWidth.of) + (part.minimumTruncated.map { [$0] } ?? [])
        return forms.min() ?? 0
    }

    /// `30m ago`, `2h 5m ago`, `3d ago`; a snapshot dated after this
    /// machine's clock says so rather than showing a negative age.
    static func ageText(seconds: Double) -> String {
        let whole = Int(seconds.rounded(.towardZero))
        if whole < -59 { return durationText(-whole) + " in the future" }
        if whole < 60 { return "just now" }
        return durationText(whole) + " ago"
    }

    private static func durationText(_ seconds: Int) -> String {
        if seconds >= 86_400 { return "\(seconds / 86_400)d" }
        if seconds >= 3600 {
            let minutes = seconds / 60 % 60
            return "\(seconds / 3600)h" + (minutes == 0 ? "" : " \(minutes)m")
        }
        return "\(seconds / 60)m"
    }

}
