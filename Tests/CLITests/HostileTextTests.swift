import Foundation
import Testing

/// Snapshot text is not ours: names and the source can carry terminal escape
/// sequences (clear screen, OSC 52 clipboard writes, DCS), BEL, C1 controls,
/// bidi overrides, zero-width and combining characters, emoji and wide CJK.
/// In a real terminal, the bytes sent must carry none of the data's controls,
/// and the screen must show � for them with every column still aligned.
@Suite(.serialized) struct HostileTextTests {
    static let binary = RepatdashProcess.binary
    static let now = "2025-04-07T21:30:00+05:00"

    struct Size: Sendable, CustomTestStringConvertible {
        let width: Int, height: Int
        var testDescription: String { "\(width)x\(height)" }
    }

    /// District names (sorted by population, largest first) and what the screen shows for each.
    static let districts: [(id: String, name: String, shown: String, population: Int)] = [
        ("h-clear", "Clr\u{1b}[2J\u{1b}[8;99;299tX", "Clr�[2J�[8;99;299tX", 91_111),
        ("h-osc52", "Clip\u{1b}]52;c;SGVsbG8=\u{07}", "Clip�]52;c;SGVsbG8=�", 82_222),
        ("h-dcs", "Dcs\u{1b}Pq#0;2;0;0;0\u{1b}\\", "Dcs�Pq#0;2;0;0;0�\\", 73_333),
        ("h-c1", "Csi\u{9b}31mRed\u{07}", "Csi�31mRed�", 64_444),
        ("h-bidi", "Bidi\u{202e}rawahseP", "Bidi�rawahseP", 55_555),
        ("h-zero-width", "Zero\u{200b}Width Cafe\u{301}", "Width Cafe\u{301}", 46_666),
        ("h-wide", "Bus🚌⛺ 白沙瓦 پشاور", "Bus🚌⛺ 白沙瓦 پشاور", 37_777),
    ]
    static let hostileCamp = "Tent⛺\u{1b}]52;c;SGVsbG8=\u{07}"
    static let point = "Tork\u{1b}]0;pwned\u{07}ham\u{202e}"
    static let deadline = "Due\u{1b}[5m\u{9b}2J\u{202e}Blink 截止 🚌"
    static let source = "Src\u{1b}]52;c;SGVsbG8=\u{07}\u{1b}P+q\u{9b}\u{202e} end"

    /// Each district has a camp named after it and one hostile camp of 1,000.
    static func snapshotJSON() -> String {
        let districtsJSON = districts.map { district in
            """
            {"id": "\(district.id)", "name": \(json(district.name)), "province": "Khyber Pakhtunkhwa", "camps": [
              {"id": "\(district.id)-main", "name": \(json("Camp " + district.name)), "status": "open", "population": \(district.population - 1000)},
              {"id": "\(district.id)-tent", "name": \(json(hostileCamp)), "status": "open", "population": 1000}]}
            """
        }.joined(separator: ",\n")
        let crossingsJSON = (1...7).map { day in
            "{\"date\": \"2025-04-0\(day)\", \"point\": \(json(point)), \"total\": \(1000 + day)}"
        }.joined(separator: ",\n")
        return """
        {"schema_version": 1, "generated_at": "2025-04-07T21:00:00+05:00", "timezone": "Asia/Karachi",
         "source": \(json(source)),
         "districts": [\(districtsJSON)],
         "crossings": [\(crossingsJSON)],
         "deadlines": [{"id": "d-hostile", "title": \(json(deadline)), "due": "2025-06-30T23:59:59+05:00"}]}
        """
    }

    /// A JSON string literal: controls as \u escapes (JSON allows no raw ones), the rest as UTF-8.
    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func hostileTextNeverReachesTheTerminalAndColumnsStayAligned(_ size: Size) throws {
        let directory = try ScratchDirectory()
        try directory.write("hostile.json", Self.snapshotJSON())
        let validation = try RepatdashProcess.run(["validate", directory.path])
        #expect(validation.status == 0, "\(validation.standardOutput)\(validation.standardError)")
        #expect(validation.standardOutput.contains("1 valid, 0 invalid; 0 errors"), "\(validation.standardOutput)")
        #expect(validation.standardOutput.contains("contains control characters"))

        let recording = try ScratchDirectory()
        let typescript = recording.path + "/typescript"
        let tmux = try TmuxSession(width: size.width, height: size.height,
                                         command: TerminalRecording.command("\(Self.binary) \(directory.path) --now \(Self.now) --stale-after 60", recordingInto: typescript),
                                         environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color"])

        // The districts: every control shown as �, the columns where they belong.
        var screen = try tmux.waitForSettledScreen(showing: Self.districts.map(\.shown) + ["451,108", "Due�[5m�2J�"])
        for district in Self.districts {
            #expect(screen.contains(district.shown), "\(district.id) on screen as \(district.shown):\n\(screen)")
        }
        #expect(screen.contains("Crossings · Tork�]0;pwned�ham�"), "\(screen)")
        #expect(screen.contains("Due�[5m�2J�"), "\(screen)")
        #expect(screen.contains("Src�]52;c;"), "\(screen)")
        Self.expectAligned(screen, size: size, populations: Self.districts.map { $0.population } + [451_108])

        // A district with wide characters: its camps, and the path in the header.
        try tmux.type("/Bus")
        try tmux.sendKeys("Enter")
        try tmux.sendKeys("Enter")
        screen = try tmux.waitForSettledScreen(showing: ["All districts › Bus🚌⛺ 白沙瓦 پشاور", "36,777", "1,000", "37,777"])
        #expect(screen.contains("Tent⛺�]52;c;SGVs"), "\(screen)")  // truncated at 80 columns
        #expect(screen.contains("Camp Bus🚌⛺"), "\(screen)")
        Self.expectAligned(screen, size: size, populations: [36_777, 1_000, 37_777])

        // A district whose name clears the screen and resizes the window, if sent raw.
        try tmux.sendKeys("Escape")
        try tmux.waitUntil("the districts table") { $0.contains("91,111") == false && $0.contains("37,777") && !$0.contains("Tent") }
        try tmux.sendKeys("Escape")
        try tmux.waitFor("91,111")
        try tmux.type("/Clr")
        try tmux.sendKeys("Enter")
        try tmux.sendKeys("Enter")
        screen = try tmux.waitForSettledScreen(showing: ["All districts › Clr�[2J�[8;99;299tX", "90,111", "1,000", "91,111"])
        Self.expectAligned(screen, size: size, populations: [90_111, 1_000, 91_111])

        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
        let before = try #require(tmux.file("stty-before"))
        let after = try tmux.waitForFile("stty-after")
        #expect(before == after)

        // The bytes: the data's text arrived, its controls did not.
        let sent = try TerminalRecording(path: typescript)
        #expect(Self.leaks(sent).isEmpty, "\(Self.leaks(sent).prefix(20))")
        #expect(sent.contains("�]52;c;SGVsbG8=�"), "the clipboard payload arrived as text")
        #expect(sent.contains("Clr�[2J�[8;99;299tX"))
    }

    /// What ncurses itself sends for the bundled sample passes the same
    /// checks, so the checks above are about the data.
    @Test func normalSnapshotSendsOnlyScreenControl() throws {
        let recording = try ScratchDirectory()
        let typescript = recording.path + "/typescript"
        let tmux = try TmuxSession(width: 80, height: 24,
                                         command: TerminalRecording.command("\(Self.binary) \(RepatdashProcess.bundledSnapshots) --now \(Self.now) --stale-after 60", recordingInto: typescript),
                                         environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color"])
        let screen = try tmux.waitForSettledScreen(showing: ["Haripur", "443,330"])
        Self.expectAligned(screen, size: Size(width: 80, height: 24), populations: [99_275, 66_840, 62_656, 443_330])
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
        let sent = try TerminalRecording(path: typescript)
        #expect(Self.leaks(sent).isEmpty, "\(Self.leaks(sent).prefix(20))")
        #expect(sent.contains("Haripur"))
        #expect(sent.count("\u{1b}[2J") == 1, "one clear, at the start")
    }

    /// The byte check itself: each of the data's sequences, sent raw, is caught.
    @Test func byteCheckCatchesEveryRawControl() throws {
        let directory = try ScratchDirectory()
        let clean = "\u{1b}[H\u{1b}[2J\u{1b}(B\u{1b}[0;1;7m›Haripur 白沙瓦 🚌\u{1b}[m\r\n\u{1b}[?1049l"
        let path = try directory.write("clean", "Script started on x [COMMAND=\"y\"]\n" + clean + "\nScript done on z\n")
        #expect(try Self.leaks(TerminalRecording(path: path)).isEmpty)
        let raw = Self.districts.map(\.name) + [Self.hostileCamp, Self.point, Self.deadline, Self.source]
        for text in raw where text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E }) {
            let path = try directory.write("raw", clean + text)
            #expect(!(try Self.leaks(TerminalRecording(path: path)).isEmpty), "\(text.debugDescription) not caught")
        }
        // A raw 8-bit CSI byte (not UTF-8 at all) is caught too.
        try Data(Array(clean.utf8) + [0x9B, 0x32, 0x4A]).write(to: URL(fileURLWithPath: directory.path + "/eight-bit"))
        #expect(!(try Self.leaks(TerminalRecording(path: directory.path + "/eight-bit")).isEmpty))
    }

    /// The data's own sequences, any of which would act on the terminal if sent raw.
    static let dataSequences = ["\u{1b}]52", "\u{1b}]0;pwned", "\u{1b}P", "\u{1b}\\", "\u{1b}[8;99;299t", "\u{1b}[5m", "\u{07}", "\u{9b}", "\u{202e}"]

    /// What in `sent` did not come from the screen library: `problems()`
    /// (OSC, DCS, BEL, C1, bidi, bad UTF-8), the data's exact sequences, and a
    /// clear screen that is not ncurses' own ESC [ H ESC [ 2 J (xterm's `clear`).
    static func leaks(_ sent: TerminalRecording) -> [String] {
        var found = sent.problems()
        found += dataSequences.filter { sent.contains($0) }.map { "the data's \($0.debugDescription) was sent" }
        let home = Array("\u{1b}[H".utf8)
        for offset in sent.offsets(of: "\u{1b}[2J") {
            let preceding = offset >= home.count ? Array(sent.bytes[(offset - home.count)..<offset]) : []
            if preceding != home {
                found.append("ESC [2J at byte \(offset) not after ESC [H: \(sent.describe(max(0, offset - 16)..<min(sent.bytes.count, offset + 4)))")
            }
        }
        return found
    }

    /// Every box line spans the terminal exactly, in cells, and ends in a
    /// box corner or side; each figure in `populations` ends in the same column.
    static func expectAligned(_ screen: String, size: Size, populations: [Int], sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let boxLines = lines.filter { $0.hasPrefix("┌") || $0.hasPrefix("│") || $0.hasPrefix("└") }
        #expect(boxLines.count >= size.height - 4, "the panes fill the screen:\n\(screen)", sourceLocation: sourceLocation)
        for line in boxLines {
            #expect(TerminalCells.width(line) == size.width, "\(TerminalCells.width(line)) cells, not \(size.width): \(line)", sourceLocation: sourceLocation)
            #expect(line.hasSuffix("│") || line.hasSuffix("┐") || line.hasSuffix("┘"), "the box is closed: \(line)", sourceLocation: sourceLocation)
        }
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: "en_US")
        var ends: [String: Int] = [:]
        for population in populations {
            let text = formatter.string(from: NSNumber(value: population))!
            let row = lines.first { $0.hasPrefix("│") && $0.contains(" \(text) ") }
            guard let row, let end = TerminalCells.columnAfter(" \(text)", in: row) else {
                Issue.record("no row shows \(text):\n\(screen)", sourceLocation: sourceLocation)
                continue
            }
            ends[text] = end
        }
        #expect(Set(ends.values).count <= 1, "population column ends: \(ends)\n\(screen)", sourceLocation: sourceLocation)
    }
}
