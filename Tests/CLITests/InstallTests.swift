import Foundation
import Testing

/// `make install` / `make uninstall` into a temporary PREFIX, the installed
/// binary run from another directory, and the man page kept in step with the
/// command line and the dashboard's keys.
///
/// Make is given `BIN=` the binary these tests run, so nothing is built here;
/// a plain `make install` builds the release binary itself (see the Makefile).
@Suite(.serialized) struct InstallTests {
    static let now = "2025-04-07T21:30:00+05:00"
    static let repository = RepatdashProcess.repository.path
    static let manPagePath = repository + "/docs/repatdash.1"
    static let bundledSchemaPath = repository + "/Resources/schema/snapshot-v1.schema.json"
    static let sharedSchemaPath = repository + "/../shared/spec/snapshot-v1.schema.json"

    // MARK: Install and uninstall

    @Test func installPutsEveryFileInPlace() throws {
        let installation = try TemporaryInstallation()
        try installAndExpectSuccess(installation)
        #expect(installation.filesPresent() == TemporaryInstallation.expectedFiles)

        let prefix = installation.installedPrefix
        #expect(try permissions(installation.binary) == 0o755)
        for snapshot in try FileManager.default.contentsOfDirectory(atPath: RepatdashProcess.bundledSnapshots) {
            #expect(try sameBytes(prefix + "/share/repatdash/snapshots/" + snapshot, RepatdashProcess.bundledSnapshots + "/" + snapshot), "\(snapshot)")
        }
        #expect(try sameBytes(prefix + "/share/repatdash/schema/snapshot-v1.schema.json", Self.bundledSchemaPath))
        #expect(try sameBytes(prefix + "/share/man/man1/repatdash.1", Self.manPagePath))
        #expect(try permissions(prefix + "/share/man/man1/repatdash.1") == 0o644)

        // Completions are what the binary prints for each shell.
        let completions = ["bash": "share/bash-completion/completions/repatdash",
                           "zsh": "share/zsh/site-functions/_repatdash",
                           "fish": "share/fish/vendor_completions.d/repatdash.fish"]
        for (shell, path) in completions {
            let printed = try RepatdashProcess.run(["--generate-completion-script", shell]).standardOutput
            let installed = try String(contentsOfFile: prefix + "/" + path, encoding: .utf8)
            #expect(!printed.isEmpty && installed == printed, "\(shell) completion")
            #expect(try permissions(prefix + "/" + path) == 0o644)
        }
        #expect(try String(contentsOfFile: prefix + "/" + completions["zsh"]!, encoding: .utf8).hasPrefix("#compdef repatdash"))
        #expect(try String(contentsOfFile: prefix + "/" + completions["fish"]!, encoding: .utf8).contains("complete -c 'repatdash'"))
    }

    /// The dashboard reads every file of its snapshot directory, so a snapshot
    /// left by an earlier version must not survive an upgrade.
    @Test func installReplacesSnapshotsOfAnEarlierInstall() throws {
        let installation = try TemporaryInstallation()
        let snapshots = installation.installedPrefix + "/share/repatdash/snapshots"
        try FileManager.default.createDirectory(atPath: snapshots, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: snapshots + "/2020-01-01T0000.json"))
        try installAndExpectSuccess(installation)
        #expect(installation.filesPresent() == TemporaryInstallation.expectedFiles)
    }

    @Test func uninstallRemovesExactlyWhatInstallPut() throws {
        let installation = try TemporaryInstallation()
        // Another program's files in the same shared directories.
        let others = ["bin/other-tool", "share/man/man1/other-tool.1", "share/bash-completion/completions/other-tool"]
        for path in others {
            let file = installation.installedPrefix + "/" + path
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("other".utf8).write(to: URL(fileURLWithPath: file))
        }
        try installAndExpectSuccess(installation)
        let result = try installation.make("uninstall")
        #expect(result.status == 0, "\(result.standardError)")
        #expect(installation.filesPresent() == others.sorted())
        #expect(!FileManager.default.fileExists(atPath: installation.installedPrefix + "/share/repatdash"))
    }

    /// A packager stages under DESTDIR; the files are laid out for PREFIX, and
    /// the staged binary already finds its data relative to itself.
    @Test func destDirStagesTheInstallation() throws {
        let installation = try TemporaryInstallation(stagedUnder: "/opt/repatdash-install-test")
        try installAndExpectSuccess(installation)
        #expect(installation.filesPresent() == TemporaryInstallation.expectedFiles)
        #expect(!FileManager.default.fileExists(atPath: installation.prefix))
        #expect(try installation.run([installation.binary, "render", "--now", Self.now]).standardOutput == bundledRender(size: "120x40"))
        #expect(try installation.make("uninstall").status == 0)
        #expect(installation.filesPresent().isEmpty)
    }

    // MARK: The installed binary

    @Test func installedBinaryShowsTheBundledDataFromAnotherDirectory() throws {
        let installation = try TemporaryInstallation()
        try installAndExpectSuccess(installation)
        let expected = try bundledRender(size: "120x40")
        #expect(expected.contains("Districts (23)") && expected.contains("Haripur"))

        let direct = try installation.run([installation.binary, "render", "--size", "120x40", "--now", Self.now])
        #expect(direct.status == 0, "\(direct.standardError)")
        #expect(direct.standardOutput == expected)

        // Through a symbolic link elsewhere (as /usr/bin/repatdash → /opt/...): the link's
        // own directory has no share/, the binary's does.
        let link = installation.elsewhere + "/repatdash-link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: installation.binary)
        let linked = try installation.run(["./repatdash-link", "render", "--size", "120x40", "--now", Self.now])
        #expect(linked.standardOutput == expected)

        // And through PATH, by name only.
        let path = installation.installedPrefix + "/bin:" + (installation.environment["PATH"] ?? "/usr/bin:/bin")
        let byName = try installation.run(["repatdash", "render", "--size", "120x40", "--now", Self.now], environment: ["PATH": path])
        #expect(byName.standardOutput == expected)
    }

    @Test func installedBinaryNamesItsVersionAndSchema() throws {
        let installation = try TemporaryInstallation()
        try installAndExpectSuccess(installation)
        let version = try installation.run([installation.binary, "--version"])
        #expect(version.status == 0)
        let fromTheBuildTree = try RepatdashProcess.run(["--version"])
        #expect(version.standardOutput == fromTheBuildTree.standardOutput)
        #expect(version.standardOutput.hasPrefix("repatdash "))
        let schemaVersion = try bundledSchemaVersion()
        #expect(version.standardOutput.contains("reads snapshot schema version \(schemaVersion)"))
    }

    @Test func installedDashboardOpensOnTheBundledDistrictsAndItsKeysAreInTheManPage() throws {
        let installation = try TemporaryInstallation()
        try installAndExpectSuccess(installation)
        let tmux = try TmuxSession(
            width: 120, height: 40,
            command: "cd \(SSHServer.shellQuoted(installation.elsewhere)) && \(SSHServer.shellQuoted(installation.binary))",
            environment: ["LANG": "C.UTF-8", "TERM": "tmux-256color", "XDG_CONFIG_HOME": installation.root + "/config"])
        try tmux.waitForSettledScreen(showing: ["Districts (23)", "Haripur", "Peshawar", "Crossings · Torkham"])

        // The help overlay lists every key the dashboard answers to; each must be in KEYS.
        try tmux.sendKeys("?")
        let screen = try tmux.waitForSettledScreen(showing: ["─ Help ", "Mouse"])
        let overlayKeys = Self.keysInHelpOverlay(screen)
        #expect(overlayKeys.count >= 20, "keys read from the overlay: \(overlayKeys)")
        let documented = try ManPageSource(path: Self.manPagePath).tagWords(of: "KEYS")
        // Ctrl-Z is a signal the terminal sends, not a KeyTable key: KEYS explains it in
        // prose after the table (ManPageKeysTests holds KEYS to exactly the KeyTable).
        let missing = overlayKeys.filter { !documented.contains($0) && $0 != "Ctrl-Z" }
        #expect(missing.isEmpty, "keys of the help overlay missing from KEYS in docs/repatdash.1: \(missing)")

        try tmux.sendKeys("q") // q quits even from the help overlay
        try tmux.waitFor("EXIT STATUS 0")
    }

    @Test func installedManPageRendersWithoutWarnings() throws {
        let installation = try TemporaryInstallation()
        try installAndExpectSuccess(installation)
        let page = installation.installedPrefix + "/share/man/man1/repatdash.1"
        // UTF-8 and ASCII output devices: the page's own glyphs have ASCII fallbacks.
        for locale in ["C.UTF-8", "C"] {
            let result = try installation.run(["man", "--warnings", "-l", page],
                                              environment: ["LANG": locale, "MANPAGER": "cat", "PAGER": "cat", "MANWIDTH": "80"])
            #expect(result.status == 0)
            #expect(result.standardError.isEmpty, "man warnings with LANG=\(locale): \(result.standardError)")
            for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "COMMANDS", "KEYS", "FILES", "ENVIRONMENT", "EXIT STATUS", "EXAMPLES"] {
                #expect(result.lines.contains(heading), "no \(heading) section with LANG=\(locale)")
            }
        }
        for device in ["ascii", "utf8"] {
            let result = try installation.run(["groff", "-man", "-ww", "-z", "-T", device, page])
            #expect(result.status == 0 && result.standardError.isEmpty, "groff -T \(device): \(result.standardError)")
        }
    }

    @Test func installedBashCompletionLoadsAndCompletes() throws {
        let installation = try TemporaryInstallation()
        try installAndExpectSuccess(installation)
        let script = installation.installedPrefix + "/share/bash-completion/completions/repatdash"
        // What bash does on Tab after `repatdash render --di`: the completion
        // function gets the command, the word and the word before it.
        let shell = """
            source \(SSHServer.shellQuoted(script)) || exit 1
            complete -p repatdash
            COMP_WORDS=(repatdash render --di); COMP_CWORD=2; COMP_LINE='repatdash render --di'; COMP_POINT=${#COMP_LINE}
            _repatdash repatdash --di render
            printf 'reply: %s\\n' "${COMPREPLY[@]}"
            """
        let result = try installation.run(["bash", "--norc", "--noprofile", "-c", shell])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.lines.first?.hasPrefix("complete ") == true && result.lines.first?.hasSuffix(" repatdash") == true,
                "complete -p printed: \(result.standardOutput)")
        #expect(result.lines.contains("reply: --district"), "\(result.standardOutput)")
    }

    // MARK: The man page and the schema stay in step

    /// Every option that `repatdash SUBCOMMAND --help` shows is in that
    /// subcommand's section of the man page; global ones are under OPTIONS.
    /// Read from ArgumentParser's description of the whole command line.
    @Test func manPageDocumentsEveryOptionOfEveryCommand() throws {
        let dump = try RepatdashProcess.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(dump.standardOutput.utf8)) as? [String: Any])
        let root = try #require(tool["command"] as? [String: Any])
        let page = try ManPageSource(path: Self.manPagePath)
        let globalOptions = page.section("OPTIONS")

        for option in Self.displayedOptions(of: root) {
            let isDocumented = ManPageSource.mentions(option, in: globalOptions)
            #expect(isDocumented, "\(option) of repatdash is missing from OPTIONS")
        }
        let subsections = page.subsections(of: "COMMANDS")
        let subcommands = (root["subcommands"] as? [[String: Any]]) ?? []
        #expect(subcommands.count >= 5)
        for subcommand in subcommands where subcommand["shouldDisplay"] as? Bool != false {
            let name = try #require(subcommand["commandName"] as? String)
            guard let documented = subsections.first(where: { $0.title == "repatdash \(name)" || $0.title.hasPrefix("repatdash \(name) ") }) else {
                Issue.record("repatdash \(name) has no .SS section under COMMANDS in docs/repatdash.1")
                continue
            }
            for option in Self.displayedOptions(of: subcommand) where option != "--help" && option != "-h" && option != "--version" {
                let isDocumented = ManPageSource.mentions(option, in: documented.lines)
                #expect(isDocumented, "\(option) of repatdash \(name) is missing from its section in docs/repatdash.1")
            }
        }
    }

    @Test func manPageNamesTheVersionTheBinaryPrints() throws {
        let version = try RepatdashProcess.run(["--version"]).standardOutput
        // "repatdash 0.1.0 (reads snapshot schema version 1)" → "repatdash 0.1.0"
        let nameAndVersion = version.split(separator: " ").prefix(2).joined(separator: " ")
        let title = try ManPageSource(path: Self.manPagePath).titleArguments
        #expect(title.count == 5 && title[0] == "REPATDASH" && title[1] == "1")
        #expect(title.dropFirst(3).first == nameAndVersion, "the .TH line of docs/repatdash.1 names \(title), the binary says \(version)")
    }

    /// CI has ../shared beside the repository; an install must not depend on
    /// it, so the schema is copied into Resources/schema. The copy adds notes
    /// (`$comment`) on what `repatdash validate` is stricter about; less
    /// those, it must say exactly what the shared spec says.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: InstallTests.sharedSchemaPath)))
    func bundledSchemaSaysWhatTheSharedSpecSays() throws {
        let shared = try SchemaTree(parsing: Array(Data(contentsOf: URL(fileURLWithPath: Self.sharedSchemaPath))))
        let bundled = try SchemaTree(parsing: Array(Data(contentsOf: URL(fileURLWithPath: Self.bundledSchemaPath))))
        let (stripped, removed) = bundled.removingAnnotations(absentFrom: shared)
        #expect(stripped == shared, "Resources/schema/snapshot-v1.schema.json differs from ../shared/spec beyond its notes: copy it again and re-add them\n\(stripped)\n\(shared)")
        // The notes this copy adds, and only those.
        #expect(removed == [
            "#/$comment", "#/$defs/count/$comment", "#/$defs/crossing/$comment", "#/$defs/day/$comment",
            "#/$defs/instant/$comment", "#/properties/timezone/$comment",
        ])
    }

    /// What producers.md promises: the schema itself says that counts written
    /// as 11292.0, 1.1292e4 or -0 are errors to the validator.
    @Test func bundledSchemaNotesWhereTheValidatorIsStricter() throws {
        let bundled = try SchemaTree(parsing: Array(Data(contentsOf: URL(fileURLWithPath: Self.bundledSchemaPath))))
        guard case .string(let count)? = bundled["$defs"]?["count"]?["$comment"],
              case .string(let overall)? = bundled["$comment"],
              case .string(let crossing)? = bundled["$defs"]?["crossing"]?["$comment"]
        else {
            Issue.record("the bundled schema has no $comment at the root, $defs/count or $defs/crossing")
            return
        }
        for written in ["11292.0", "1.1292e4", "-0"] {
            #expect(count.contains(written) && overall.contains(written), "\(written)")
        }
        #expect(crossing.contains("after the snapshot's own day"))
        // And the validator does reject each, where the schema's "integer" accepts it.
        let directory = try ScratchDirectory()
        for written in ["11292.0", "1.1292e4", "-0"] {
            let file = try directory.write("count.json", ValidateCommandTests.minimal.replacingOccurrences(of: "14210", with: written))
            let result = try RepatdashProcess.run(["validate", file])
            #expect(result.status == 1)
            #expect(result.lines.first == "\(file): districts[0].camps[0].population: must be a whole number from 0 to 100000000, got \(written)")
        }
    }

    /// The comparison above fails on any difference in a constraint, and on
    /// a note added where it would be data rather than a note.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: InstallTests.sharedSchemaPath)))
    func schemaComparisonCatchesEveryChangeButNotes() throws {
        let text = try String(contentsOf: URL(fileURLWithPath: Self.sharedSchemaPath), encoding: .utf8)
        let shared = try SchemaTree(parsing: Array(text.utf8))
        func differs(_ original: String, _ replacement: String) throws -> Bool {
            try #require(text.contains(original), "the shared schema has no \(original)")
            let changed = try SchemaTree(parsing: Array(text.replacingOccurrences(of: original, with: replacement).utf8))
            return changed.removingAnnotations(absentFrom: shared).tree != shared
        }
        #expect(try differs("\"maximum\": 100000000", "\"maximum\": 100000001"))
        #expect(try differs("\"minimum\": 0", "\"minimum\": 1"))
        #expect(try differs("\"const\": 1", "\"const\": 2"))
        #expect(try differs("\"maxLength\": 80", "\"maxLength\": 81"))
        #expect(try differs("\"denotified\",", "\"de-notified\","))
        #expect(try differs("\"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\"", "\"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}\""))
        #expect(try differs("\"required\": [\n        \"date\",", "\"required\": ["))
        // A new keyword that constrains, next to a note that does not.
        #expect(try differs("\"type\": \"integer\",", "\"type\": \"integer\", \"multipleOf\": 1, \"$comment\": \"x\","))
        // A property named "description" is data, not a note.
        #expect(try differs("\"properties\": {\n        \"id\":", "\"properties\": {\"description\": {\"type\": \"string\"}, \"id\":"))
        // The shared spec's own description changed: a difference, not a note added.
        #expect(try differs("\"title\": \"Repatriation dashboard snapshot, version 1\",\n  \"description\": \"Aggregate counts only.",
                            "\"title\": \"Repatriation dashboard snapshot, version 1\",\n  \"description\": \"Counts only."))
        // Notes alone, anywhere a schema is: no difference.
        #expect(try !differs("\"type\": \"integer\",", "\"type\": \"integer\", \"$comment\": \"plain digits\", \"description\": \"a count\","))
        #expect(try !differs("\"$schema\"", "\"$comment\": \"top\", \"$schema\""))
    }

    // MARK: Helpers

    private func installAndExpectSuccess(_ installation: TemporaryInstallation) throws {
        let result = try installation.make("install")
        try #require(result.status == 0, "make install failed: \(result.standardOutput)\(result.standardError)")
    }

    /// `render` of the repository's own Resources/snapshots, the reference for the installed copy.
    private func bundledRender(size: String) throws -> String {
        let result = try RepatdashProcess.run(["render", RepatdashProcess.bundledSnapshots, "--size", size, "--now", Self.now])
        try #require(result.status == 0)
        return result.standardOutput
    }

    /// `"schema_version": {"const": N}` of the bundled schema.
    private func bundledSchemaVersion() throws -> Int {
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.bundledSchemaPath))) as? [String: Any]
        let properties = schema?["properties"] as? [String: Any]
        let version = (properties?["schema_version"] as? [String: Any])?["const"] as? Int
        return try #require(version)
    }

    private func sameBytes(_ a: String, _ b: String) throws -> Bool {
        try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b))
    }

    private func permissions(_ path: String) throws -> Int {
        try ((FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1) & 0o777
    }

    /// `--name` and `-n` of every option and flag that help shows, from dump-help's JSON.
    static func displayedOptions(of command: [String: Any]) -> [String] {
        let arguments = (command["arguments"] as? [[String: Any]]) ?? []
        return arguments.filter { $0["shouldDisplay"] as? Bool != false && $0["kind"] as? String != "positional" }
            .flatMap { ($0["names"] as? [[String: Any]]) ?? [] }
            .compactMap { name -> String? in
                guard let text = name["name"] as? String else { return nil }
                switch name["kind"] as? String {
                case "long": return "--" + text
                case "short": return "-" + text
                default: return nil
                }
            }
    }

    /// The key words of the help overlay on a captured screen: the overlay is
    /// a box titled "Keys"; each line holds keys, at least three spaces, then
    /// what they do. Arrows are named as the man page names them.
    static func keysInHelpOverlay(_ screen: String) -> [String] {
        let rows = screen.components(separatedBy: "\n").map(Array.init)
        guard let titleRow = rows.firstIndex(where: { String($0).contains("─ Help ") }),
              let boxColumn = rows[titleRow].firstIndex(of: "┌") else { return [] }
        let arrowNames: [String: String] = ["↑": "Up", "↓": "Down", "←": "Left", "→": "Right"]
        var keys: [String] = []
        var inKeys = false
        for row in rows[(titleRow + 1)...] {
            guard row.count > boxColumn + 1 else { break }
            let inside = String(row[(boxColumn + 1)...].prefix { $0 != "│" })
            let entry = inside.trimmingCharacters(in: .whitespaces)
            // The keys run from the "Keys" heading to the "Mouse" one (or the footer).
            if entry == "Keys" { inKeys = true; continue }
            if entry.hasPrefix("Mouse") || inside.contains("closes this help.") { break }
            guard inKeys, !entry.isEmpty else { continue }
            let keyText = entry.range(of: "   ").map { String(entry[..<$0.lowerBound]) } ?? entry
            keys += keyText.split(separator: " ").map { arrowNames[String($0)] ?? String($0) }
        }
        return keys
    }
}
