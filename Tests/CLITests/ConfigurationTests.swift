import Foundation
import Testing

/// The config file, through the built binary: what it changes on a real
/// screen (tmux), what wins over it, and how a broken file is reported.
/// Every test has a config home of its own (XDG_CONFIG_HOME), so a file in
/// the real ~/.config never takes part.
@Suite struct ConfigurationTests {
    static let binary = RepatdashProcess.binary
    static let snapshots = RepatdashProcess.bundledSnapshots
    static let now = "2025-04-07T21:30:00+05:00"
    static let terminal = ["LANG": "C.UTF-8", "TERM": "tmux-256color"]

    /// The selected row's background in each theme at 256 colours (see
    /// ColorTheme and HighContrastPalette): how a capture tells them apart.
    static let defaultSelection = "48;5;24m"
    static let highContrastSelection = "48;5;226m"

    /// `$XDG_CONFIG_HOME` for one test, holding `repatdash/config.toml`.
    final class ConfigHome {
        let directory: ScratchDirectory
        var path: String { directory.path }
        var file: String { path + "/repatdash/config.toml" }
        /// The environment the binary gets: this config home and nothing of the real one.
        var environment: [String: String] { ["XDG_CONFIG_HOME": path, "HOME": path, "LANG": "C.UTF-8"] }

        init(_ text: String? = nil) throws {
            directory = try ScratchDirectory()
            try FileManager.default.createDirectory(atPath: path + "/repatdash", withIntermediateDirectories: true)
            if let text { try write(text) }
        }

        func write(_ text: String) throws {
            try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        }
    }

    func run(_ arguments: [String], in home: ConfigHome, extraEnvironment: [String: String] = [:]) throws -> RepatdashProcess.Result {
        try RepatdashProcess.run(arguments, environment: home.environment.merging(extraEnvironment) { _, extra in extra })
    }

    /// The dashboard in tmux with this config home. NO_COLOR is unset: `swift
    /// test` sets it for its children, and the themes must show their colours.
    func dashboard(in home: ConfigHome, arguments: String = "", width: Int = 100) throws -> TmuxSession {
        try TmuxSession(width: width, height: 30, command: "unset NO_COLOR; \(Self.binary) \(Self.snapshots) --now \(Self.now) \(arguments)",
                        environment: Self.terminal.merging(["XDG_CONFIG_HOME": home.path]) { _, home in home })
    }

    // MARK: On the screen

    @Test func theFileSetsTheStartingPointSortAndTheme() throws {
        let home = try ConfigHome("""
            # the operator's preferences
            crossing_point = "Chaman"
            sort = "name"
            theme = "high-contrast"
            """)
        let tmux = try dashboard(in: home)
        let screen = try tmux.waitForSettledScreen(showing: ["Crossings · Chaman", "District ▲", "Bannu"])
        #expect(!screen.contains("Crossings · Torkham"))
        let escapes = try tmux.captureWithEscapes()
        #expect(escapes.contains(Self.highContrastSelection), "the selected row is black on yellow")
        #expect(escapes.contains("38;5;231m"), "text is bright white")
        #expect(!escapes.contains(Self.defaultSelection))
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    @Test func withoutAFileTheDashboardKeepsItsDefaults() throws {
        let home = try ConfigHome()
        let tmux = try dashboard(in: home)
        try tmux.waitForSettledScreen(showing: ["Crossings · Torkham", "Population ▼", "Haripur"])
        let escapes = try tmux.captureWithEscapes()
        #expect(escapes.contains(Self.defaultSelection))
        #expect(!escapes.contains(Self.highContrastSelection))
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    @Test func theMonochromeThemeSendsNoColour() throws {
        let home = try ConfigHome("theme = \"monochrome\"\n")
        let tmux = try dashboard(in: home)
        try tmux.waitForSettledScreen(showing: ["Crossings · Torkham", "Haripur"])
        let escapes = try tmux.captureWithEscapes()
        #expect(!escapes.contains("38;5;") && !escapes.contains("48;5;"), "no 256-colour codes")
        #expect(escapes.range(of: #"␛\[[0-9;]*(3|4)[0-7](;[0-9;]*)?m"#, options: .regularExpression) == nil, "no 8-colour codes")
        #expect(escapes.range(of: #"␛\[([0-9;]*;)?7m"#, options: .regularExpression) != nil, "the selection is reversed instead")
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    @Test func commandLineOptionsWinOverTheFile() throws {
        let home = try ConfigHome("""
            crossing_point = "Chaman"
            sort = "name-asc"
            theme = "high-contrast"
            """)
        let tmux = try dashboard(in: home, arguments: "--point 'Ghulam Khan' --sort population-desc --theme default")
        let screen = try tmux.waitForSettledScreen(showing: ["Crossings · Ghulam Khan", "Population ▼", "Haripur"])
        #expect(!screen.contains("District ▲"))
        let escapes = try tmux.captureWithEscapes()
        #expect(escapes.contains(Self.defaultSelection))
        #expect(!escapes.contains(Self.highContrastSelection))
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    @Test func noColorStillMeansMonochromeOverAThemeInTheFile() throws {
        let home = try ConfigHome("theme = \"high-contrast\"\n")
        let tmux = try dashboard(in: home, arguments: "--no-color")
        try tmux.waitForSettledScreen(showing: ["Crossings · Torkham", "Haripur"])
        let escapes = try tmux.captureWithEscapes()
        #expect(!escapes.contains("38;5;") && !escapes.contains("48;5;"))
        try tmux.sendKeys("q")
        try tmux.waitFor("EXIT STATUS 0")
    }

    @Test func aBadKeyStopsTheDashboardBeforeItStarts() throws {
        let home = try ConfigHome("""
            # line 1
            theme = "default"
            stale_afer = 30
            """)
        let tmux = try dashboard(in: home, width: 200)  // wide enough for the whole message on one line
        let screen = try tmux.waitFor("EXIT STATUS 2")
        #expect(screen.contains("\(home.file):3: unknown key \"stale_afer\""))
        #expect(!screen.contains("Districts ("), "the dashboard never drew")
    }

    // MARK: Problems in the file

    @Test func anUnknownKeyNamesTheFileAndLineAndTheKnownKeys() throws {
        let home = try ConfigHome("""
            theme = "default"

            stale_afer = 30
            """)
        let result = try run(["render", "--now", Self.now], in: home)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains(
            "\(home.file):3: unknown key \"stale_afer\" (did you mean \"stale_after_minutes\"? known keys: snapshot_path, stale_after_minutes, crossing_point, sort, theme, max_size_mib, future_tolerance_minutes, history_hours, shift_starts, bell, mouse, alert, snapshot_url, poll_interval, ca_file)"
        ), "\(result.standardError)")
    }

    @Test func aTOMLSyntaxErrorNamesTheFileAndLine() throws {
        let home = try ConfigHome("""
            theme = "default"
            crossing_point = "Chaman
            sort = "name"
            """)
        for arguments in [["config", "--print"], ["render"], ["show"]] {
            let result = try run(arguments, in: home)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.standardError.hasPrefix("\(home.file):2: TOML syntax error: "), "\(arguments): \(result.standardError)")
        }
    }

    @Test func everyWrongTypeAndBadValueIsListedWithItsLine() throws {
        let home = try ConfigHome("""
            snapshot_path = 42
            stale_after_minutes = "15"
            crossing_point = ""
            sort = "size-desc"
            theme = "dark"
            max_size_mib = 4096
            future_tolerance_minutes = -1
            [colours]
            header = "blue"
            """)
        let result = try run(["config", "--print"], in: home)
        #expect(result.status == 2)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        let file = home.file
        #expect(lines == [
            "\(file):1: snapshot_path: expected a string: a directory of snapshots or one snapshot file, got an integer (42)",
            "\(file):2: stale_after_minutes: expected a number of minutes, such as 15 or 7.5, got a string (\"15\")",
            "\(file):3: crossing_point: must name a crossing point, such as \"Torkham\", got an empty string",
            "\(file):4: sort: \"size-desc\" is not a sort; write COLUMN, COLUMN-asc or COLUMN-desc with COLUMN one of name, province, camps, population, por, acc, undocumented, other, households, change",
            "\(file):5: theme: \"dark\" is not a theme (themes: default, high-contrast, monochrome)",
            "\(file):6: max_size_mib: must be from 1 to 2047 (MiB), got 4096",
            "\(file):7: future_tolerance_minutes: must be from 0 to 10080 minutes (a week), got -1",
            "\(file):8: unknown key \"colours\" (known keys: snapshot_path, stale_after_minutes, crossing_point, sort, theme, max_size_mib, future_tolerance_minutes, history_hours, shift_starts, bell, mouse, alert, snapshot_url, poll_interval, ca_file)",
        ], "\(result.standardError)")
    }

    @Test func linesAreRightPastMultilineStringsAndForQuotedAndDottedKeys() throws {
        let home = try ConfigHome(#"""
            crossing_point = """
            theme = "this line is inside a string"
            """
            "stale_afer" = 30   # a quoted key
            theme = 'dark'
            sort.column = "name"
            """#)
        let result = try run(["config"], in: home)
        #expect(result.status == 2)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(result.standardError)")
        #expect(lines.first?.hasPrefix("\(home.file):4: unknown key \"stale_afer\"") == true)
        #expect(lines.dropFirst().first?.hasPrefix("\(home.file):5: theme: \"dark\" is not a theme") == true)
        #expect(lines.last?.hasPrefix("\(home.file):6: sort: expected a string") == true)
    }

    @Test func aMissingDefaultFileMeansDefaultsButAMissingNamedFileIsAnError() throws {
        let home = try ConfigHome()
        let defaults = try run(["render", "--now", Self.now], in: home)
        #expect(defaults.status == 0, "\(defaults.standardError)")
        #expect(defaults.standardOutput.contains("Crossings · Torkham"))

        let missing = home.path + "/elsewhere.toml"
        let named = try run(["render", "--now", Self.now, "--config", missing], in: home)
        #expect(named.status == 2)
        #expect(named.standardError.contains("\(missing): no such config file (named by --config)"), "\(named.standardError)")
    }

    @Test func repatdashConfigNoneReadsNoFile() throws {
        let home = try ConfigHome("crossing_point = \"Chaman\"\nunknown = 1\n")
        let result = try run(["render", "--now", Self.now], in: home, extraEnvironment: ["REPATDASH_CONFIG": "none"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Crossings · Torkham"))
    }

    // MARK: `render` and the file

    @Test func renderTakesPathSortPointAndStaleThresholdFromTheFile() throws {
        // A relative snapshot_path is taken from the config file's folder.
        let home = try ConfigHome("""
            snapshot_path = "snaps"
            sort = "name-desc"
            crossing_point = "chaman"
            stale_after_minutes = 60
            """)
        try FileManager.default.createDirectory(atPath: home.path + "/repatdash/snaps", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.snapshots + "/2025-04-07T2100.json", toPath: home.path + "/repatdash/snaps/latest.json")
        let result = try run(["render", "--now", Self.now, "--size", "100x30"], in: home)
        #expect(result.status == 0, "\(result.standardError)")
        let text = result.standardOutput
        #expect(text.contains("Crossings · Chaman"), "the point, in the snapshot's spelling")
        #expect(text.contains("District ▼"))
        #expect(!text.contains("STALE"), "30 minutes old is within the file's 60")
        #expect(result.lines.first { $0.hasPrefix("│›") }?.contains("Upper Dir") == true, "Z→A, the last name first")

        let overridden = try run(["render", "--now", Self.now, "--size", "100x30", "--point", "Torkham", "--sort", "camps"], in: home)
        #expect(overridden.standardOutput.contains("Crossings · Torkham"))
        #expect(overridden.standardOutput.contains("Camps ▼"))
    }

    @Test func theSizeLimitFromTheFileAppliesAndTheCommandLineWins() throws {
        let home = try ConfigHome("max_size_mib = 1\n")
        let big = home.path + "/big.json"
        let generated = try run(["generate", "--districts", "500", "--camps-per-district", "20", "--days", "60", "--points", "2", "--seed", "1", "--out", big], in: home)
        #expect(generated.status == 0, "\(generated.standardError)")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: big)[.size] as? Int)
        #expect(size > 1 << 20, "the file must be over 1 MiB for this test, is \(size) bytes")

        // A refused file is reported on the status line, as the dashboard does.
        let refused = try run(["render", big, "--now", Self.now, "--size", "200x30"], in: home)
        #expect(refused.status == 0, "\(refused.standardError)")
        #expect(refused.standardOutput.contains("over the size limit of 1 MiB"), "\(refused.standardOutput)")
        let allowed = try run(["render", big, "--now", Self.now, "--size", "200x30", "--max-size", "64"], in: home)
        #expect(allowed.status == 0, "\(allowed.standardError)")
        #expect(!allowed.standardOutput.contains("over the size limit"))
        #expect(allowed.standardOutput.contains("Districts (500)"))
    }

    // MARK: `repatdash config`

    @Test func configPrintShowsEachSettingAndWhereItCameFrom() throws {
        let home = try ConfigHome("""
            # shift settings
            crossing_point = "Chaman"
            theme = "high-contrast"
            stale_after_minutes = 7.5
            """)
        let result = try run(["config", "--print", "--sort", "change-asc", "/data/snapshots"], in: home)
        #expect(result.status == 0, "\(result.standardError)")
        let file = home.file
        let settings = Dictionary(uniqueKeysWithValues: result.lines.compactMap { line -> (String, String)? in
            guard !line.hasPrefix("#"), let equals = line.firstIndex(of: "=") else { return nil }
            // Columns are padded for reading; one space is enough for comparing.
            let value = line[line.index(after: equals)...].split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            return (line[..<equals].trimmingCharacters(in: .whitespaces), value)
        })
        #expect(settings["snapshot_path"] == "\"/data/snapshots\" # command line (PATH)")
        #expect(settings["stale_after_minutes"] == "7.5 # \(file):4")
        #expect(settings["crossing_point"] == "\"Chaman\" # \(file):2")
        #expect(settings["sort"] == "\"change-asc\" # command line (--sort)")
        #expect(settings["theme"] == "\"high-contrast\" # \(file):3")
        #expect(settings["max_size_mib"] == "64 # default")
        #expect(result.standardOutput.contains("# config file: \(file) (read; chosen by XDG_CONFIG_HOME)"))

        let noColor = try run(["config"], in: home, extraEnvironment: ["NO_COLOR": "1"])
        #expect(noColor.lines.contains { $0.hasPrefix("theme = \"monochrome\"") && $0.hasSuffix("# environment (NO_COLOR)") }, "\(noColor.standardOutput)")
    }

    @Test func configPrintOutputIsItselfAConfigFile() throws {
        let home = try ConfigHome("crossing_point = \"Angoor Adda\"\nsort = \"province\"\n")
        let printed = try run(["config", "--print", "--theme", "monochrome", "--max-size", "100"], in: home)
        #expect(printed.status == 0)
        let copy = home.path + "/copy.toml"
        try Data(printed.standardOutput.utf8).write(to: URL(fileURLWithPath: copy))
        let reread = try run(["config", "--print", "--config", copy], in: home)
        #expect(reread.status == 0, "\(reread.standardError)")
        for expected in ["crossing_point = \"Angoor Adda\"", "sort = \"province-asc\"", "theme = \"monochrome\"", "max_size_mib = 100"] {
            #expect(reread.lines.contains { $0.hasPrefix(expected) && $0.contains("copy.toml:") }, "\(expected) in\n\(reread.standardOutput)")
        }
    }

    @Test func configPathPrintsTheFileItWouldRead() throws {
        let home = try ConfigHome()
        #expect(try run(["config", "--path"], in: home).standardOutput == home.file + "\n")
        #expect(try run(["config", "--path", "--config", "/etc/repatdash.toml"], in: home).standardOutput == "/etc/repatdash.toml\n")
        // An empty XDG_CONFIG_HOME is ignored, as the XDG spec says: then ~/.config.
        let withoutXDG = try RepatdashProcess.run(["config", "--path"], environment: ["HOME": home.path, "XDG_CONFIG_HOME": ""])
        #expect(withoutXDG.standardOutput == home.path + "/.config/repatdash/config.toml\n")
        let none = try run(["config", "--path"], in: home, extraEnvironment: ["REPATDASH_CONFIG": "none"])
        #expect(none.status == 1)
        #expect(none.standardOutput.isEmpty)
    }

    @Test func theExampleFileNamesEveryKeyAndItsValuesAreAccepted() throws {
        let example = try String(contentsOfFile: RepatdashProcess.repository.path + "/Resources/config.example.toml", encoding: .utf8)
        let home = try ConfigHome(example)
        let asShipped = try run(["config", "--print"], in: home)
        #expect(asShipped.status == 0, "\(asShipped.standardError)")
        // snapshot_url stands in snapshot_path's line when set: one line fewer than the keys.
        #expect(asShipped.lines.filter { $0.hasSuffix("# default") }.count == 13, "every key is commented out")
        #expect(asShipped.lines.contains("# no [[alert]] rules"))

        // Each commented example, uncommented, is a valid setting (snapshot_url goes
        // instead of snapshot_path: HTTPSourceTests has it).
        let keys = ["snapshot_path", "stale_after_minutes", "crossing_point", "sort", "theme", "max_size_mib", "future_tolerance_minutes",
                    "history_hours", "shift_starts", "bell", "mouse", "poll_interval", "ca_file"]
        let examples = example.split(separator: "\n").filter { line in keys.contains { line.hasPrefix("# \($0) = ") } }
        #expect(examples.count == keys.count)
        try home.write(examples.map { $0.dropFirst(2) }.joined(separator: "\n"))
        let uncommented = try run(["config", "--print"], in: home)
        #expect(uncommented.status == 0, "\(uncommented.standardError)")
        for key in keys {
            #expect(uncommented.lines.contains { $0.hasPrefix(key + " = ") && $0.contains(home.file + ":") }, "\(key)")
        }

        // The example [[alert]] rules (each line begins "#   "), uncommented, are valid rules.
        let rules = example.split(separator: "\n").filter { $0.hasPrefix("#   ") }.map { $0.dropFirst(4) }
        try home.write(rules.joined(separator: "\n"))
        let withRules = try run(["config", "--print"], in: home)
        #expect(withRules.status == 0, "\(withRules.standardError)")
        #expect(withRules.lines.contains { $0.hasPrefix("# 6 [[alert]] rules (") }, "\(withRules.standardOutput)")
    }

    @Test func badThemeOrSortOnTheCommandLineIsAUsageError() throws {
        let home = try ConfigHome()
        let sort = try run(["render", "--sort", "sideways"], in: home)
        #expect(sort.status == 2)
        #expect(sort.standardError.contains("--sort must be COLUMN, COLUMN-asc or COLUMN-desc"), "\(sort.standardError)")
        #expect(try run(["config", "--theme", "dark"], in: home).status == 2)
    }
}

extension TmuxSession {
    /// The screen with its SGR escape codes (`capture-pane -e`): how a test
    /// sees which colours the terminal was told to use.
    fileprivate func captureWithEscapes() throws -> String {
        let outputPath = directory + "/capture-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let status = try ChildProcess.run(["tmux", "-L", socket, "-f", "/dev/null", "capture-pane", "-p", "-e", "-t", name], outputPath: outputPath)
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        guard status == 0 else { throw TmuxError("tmux capture-pane -e failed: \(text)") }
        // ESC as ␛, so a failing expectation prints the capture legibly.
        return text.replacingOccurrences(of: "\u{1B}", with: "␛")
    }
}
