import DashboardCore
import DashboardUI
import Foundation
import Testing
@testable import Curses

/// In monochrome (NO_COLOR, --no-color, or a terminal without colours) every
/// meaning must still show: through attributes or through the text itself.
/// The golden file is the frame with, under each row, the attributes the
/// renderer will use (B bold, R reverse, U underline, D dim).
@Suite struct MonochromeScreenTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func bundledState(width: Int, height: Int) throws -> AppState {
        let now = Instant(rfc3339: "2025-04-07T21:10:00+05:00")!
        let store = try SnapshotStore.load(path: repository.appendingPathComponent("Resources/snapshots").path, now: now)
        var state = AppState(sourcePath: "Resources/snapshots", now: now, width: width, height: height)
        state.update(.snapshots(store))
        return state
    }

    static func attributeLayer(_ screen: Screen, theme: ColorTheme) -> String {
        var lines: [String] = []
        for (row, line) in screen.lines().enumerated() {
            var marks = ""
            for col in 0..<screen.width {
                let cell = screen[row, col]
                if cell.isContinuation { continue }
                let attributes = theme.resolve(cell.style).attributes
                var mark = " "
                if attributes.contains(.reverse) { mark = "R" } else if attributes.contains(.bold) { mark = "B" } else if attributes.contains(.underline) { mark = "U" } else if attributes.contains(.dim) { mark = "D" }
                marks += String(repeating: mark, count: max(1, cell.width))
            }
            lines.append(line)
            lines.append(String(marks.reversed().drop { $0 == " " }.reversed()))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func monochromeFrameAt80x24() throws {
        let theme = ColorTheme(depth: .monochrome)
        let screen = DashboardView.render(try Self.bundledState(width: 80, height: 24))
        let text = Self.attributeLayer(screen, theme: theme)
        let file = Self.repository.appendingPathComponent("Tests/CursesTests/Golden/monochrome-80x24.txt")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: file)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(expected == text)
        // Monochrome resolves to the default colour pair everywhere: no colour escapes at all.
        for row in 0..<screen.height {
            for col in 0..<screen.width {
                let resolved = theme.resolve(screen[row, col].style)
                #expect(resolved.foreground == -1 && resolved.background == -1)
            }
        }
    }

    @Test func selectedRowIsReversedInMonochrome() throws {
        let state = try Self.bundledState(width: 80, height: 24)
        let screen = DashboardView.render(state)
        let theme = ColorTheme(depth: .monochrome)
        let selectedRow = state.layout.districts.row + 2 // border, column header
        #expect(theme.resolve(screen[selectedRow, 5].style).attributes.contains(.reverse))
    }
}
