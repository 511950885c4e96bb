import Foundation
import Testing

/// The mouse in a real terminal: tmux delivers the bytes a terminal sends for
/// a click or a wheel notch (SGR 1006 reports, written with `send-keys -H`)
/// to the real binary, and the screen shows what they did. tmux also tracks
/// the mouse modes the program asked for, so a test can see them switched
/// off on every way out.
@Suite(.serialized) struct MouseTerminalTests {
    static let command = "\(RepatdashProcess.binary) \(RepatdashProcess.bundledSnapshots)"
    static let environment = ["LANG": "C.UTF-8", "TERM": "tmux-256color"]

    /// The row of the screen (from 0) that shows `name` in the table.
    static func row(of name: String, in screen: String) throws -> Int {
        try #require(screen.components(separatedBy: "\n").firstIndex { $0.contains(" \(name) ") || $0.contains("›\(name) ") },
                     "\(name) is on the screen")
    }

    @Test func clickWheelAndDoubleClickThroughTmux() throws {
        let tmux = try TmuxSession(width: 80, height: 24, command: Self.command, environment: Self.environment)
        var screen = try tmux.waitFor("Haripur")
        #expect(try tmux.mouseModes() == "1 1", "the dashboard asked for button reports in SGR form")
        #expect(screen.contains("›Haripur"))

        // A click on Peshawar's row selects it.
        let peshawar = try Self.row(of: "Peshawar", in: screen)
        try tmux.sendBytes(TmuxSession.click(row: peshawar, col: 10))
        screen = try tmux.waitFor("›Peshawar")
        #expect(!screen.contains("All districts › Peshawar"), "one click does not open the district")

        // Three wheel notches down over the table: the selection moves 3 rows each,
        // from Peshawar (the 2nd row) to the 11th; 8 rows show, so rows 4-11.
        let notch = TmuxSession.mouseReport(button: 65, row: peshawar, col: 10)
        try tmux.sendBytes(notch + notch + notch)
        screen = try tmux.waitFor("4-11 of 23")

        // A click in the crossings pane focuses it: `s` (the table's sort) then has nothing to do there, and says so.
        try tmux.sendBytes(TmuxSession.click(row: 16, col: 10))
        try tmux.sendKeys("s")
        try tmux.waitFor("s: no action here")

        // A double-click on Mardan (on screen, rows 4-11 shown) focuses the table again and opens it.
        screen = try tmux.capture()
        let visible = try Self.row(of: "Mardan", in: screen)
        try tmux.sendBytes(TmuxSession.click(row: visible, col: 10) + TmuxSession.click(row: visible, col: 10))
        try tmux.waitFor("All districts › Mardan")

        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
        #expect(try tmux.mouseModes() == "0 0", "quitting gave the mouse back")
        #expect(tmux.file("stty-before") == (try tmux.waitForFile("stty-after")))
    }

    /// A report split in two writes (two SSH packets) is still one click, and none of its bytes is read as a key.
    @Test func aReportSplitAcrossTwoWritesIsOneClick() throws {
        let tmux = try TmuxSession(width: 80, height: 24, command: Self.command, environment: Self.environment)
        let screen = try tmux.waitFor("Haripur")
        let swabi = try Self.row(of: "Swabi", in: screen)
        let press = TmuxSession.mouseReport(button: 0, row: swabi, col: 10)
        try tmux.sendBytes(String(press.prefix(5)))
        Thread.sleep(forTimeInterval: 0.3)  // past ESCDELAY: a separate read for certain
        try tmux.sendBytes(String(press.dropFirst(5)))
        let after = try tmux.waitFor("›Swabi")
        // `[` would have travelled back in time: it was not read as a key.
        #expect(!after.contains("VIEWING") && !after.contains("No older snapshot"))
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    /// `mouse = false`: the dashboard asks the terminal for nothing, and
    /// reports that arrive anyway (sent straight to the program) do nothing.
    @Test func mouseOffByConfigAsksForNothingAndIgnoresReports() throws {
        let config = NSTemporaryDirectory() + "repatdash-mouse-off-\(UUID().uuidString).toml"
        try "mouse = false\n".write(toFile: config, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: config) }
        let tmux = try TmuxSession(width: 80, height: 24, command: "\(Self.command) --config \(config)", environment: Self.environment)
        let screen = try tmux.waitFor("Haripur")
        #expect(try tmux.mouseModes() == "0 0")
        let swabi = try Self.row(of: "Swabi", in: screen)
        try tmux.sendBytes(TmuxSession.click(row: swabi, col: 10) + TmuxSession.click(row: swabi, col: 10)
                           + TmuxSession.click(row: 16, col: 10) + TmuxSession.mouseReport(button: 65, row: swabi, col: 10))
        // A key after them, to know they have been read.
        try tmux.sendKeys("p")
        let after = try tmux.waitFor("PAUSED")
        #expect(after.contains("›Haripur"), "nothing selected by the click or the wheel")
        #expect(!after.contains("All districts › Swabi"), "nothing opened by the double-click")
        #expect(!after.contains("no action here"), "the reports were not read as keys")
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    /// `--no-mouse` does the same from the command line.
    @Test func noMouseOptionAsksForNothing() throws {
        let tmux = try TmuxSession(width: 80, height: 24, command: "\(Self.command) --no-mouse", environment: Self.environment)
        try tmux.waitFor("Haripur")
        #expect(try tmux.mouseModes() == "0 0")
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    /// Ctrl-Z gives the mouse back to the shell; `fg` takes it again.
    @Test func suspendGivesTheMouseBackAndResumeTakesItAgain() throws {
        let tmux = try TmuxSession.interactiveShell()
        try tmux.type("\(Self.command)\n")
        try tmux.waitFor("Haripur")
        #expect(try tmux.mouseModes() == "1 1")
        try tmux.sendKeys("C-z")
        try tmux.waitFor("Stopped")
        #expect(try tmux.mouseModes() == "0 0", "the shell gets a terminal that does not type escape sequences on a click")
        try tmux.type("fg\n")
        try tmux.waitFor("Haripur")
        try tmux.waitUntil("the mouse taken again") { _ in (try? tmux.mouseModes()) == "1 1" }
        try tmux.sendKeys("q")
        try tmux.waitFor("prompt$")
        #expect(try tmux.mouseModes() == "0 0")
    }

    /// A fatal signal restores the terminal from its handler: the mouse modes too.
    @Test func aFatalSignalGivesTheMouseBack() throws {
        let tmux = try TmuxSession(width: 80, height: 24, command: "ulimit -c 0; \(Self.command)", environment: Self.environment)
        try tmux.waitFor("Haripur")
        #expect(try tmux.mouseModes() == "1 1")
        try ProcessTable.send("QUIT", to: try tmux.childProcessID())
        try tmux.waitFor("EXIT STATUS 131")
        #expect(try tmux.mouseModes() == "0 0")
    }
}
