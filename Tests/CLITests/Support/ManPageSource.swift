import Foundation

/// The man(7) source of docs/repatdash.1, read well enough to check what it
/// documents: its sections (`.SH`), subsections (`.SS`), the tags of its
/// `.TP` lists, and text with the troff escapes the page uses taken out.
struct ManPageSource {
    let lines: [String]

    init(path: String) throws {
        lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    }

    /// The `.TH` line's arguments: name, section, date, source, manual.
    var titleArguments: [String] {
        lines.first { $0.hasPrefix(".TH ") }.map { Self.macroArguments($0) } ?? []
    }

    /// The lines of the `.SH` section titled `title`, up to the next `.SH`.
    func section(_ title: String) -> [String] {
        var found: [String] = []
        var inside = false
        for line in lines {
            if line.hasPrefix(".SH ") {
                inside = Self.macroArguments(line).joined(separator: " ") == title
                continue
            }
            if inside { found.append(line) }
        }
        return found
    }

    /// The `.SS` subsections of a section, each as its plain title and its lines.
    func subsections(of sectionTitle: String) -> [(title: String, lines: [String])] {
        var found: [(title: String, lines: [String])] = []
        for line in section(sectionTitle) {
            if line.hasPrefix(".SS ") {
                found.append((Self.plainText(Self.macroArguments(line).joined(separator: " ")), []))
            } else if !found.isEmpty {
                found[found.count - 1].lines.append(line)
            }
        }
        return found
    }

    /// Every word of the `.TP` tags in a section: `.BR Up ", " Down` gives Up and Down.
    func tagWords(of sectionTitle: String) -> Set<String> {
        let body = section(sectionTitle)
        var words = Set<String>()
        for (index, line) in body.enumerated() where line == ".TP" && index + 1 < body.count {
            for argument in Self.macroArguments(body[index + 1]) {
                let text = Self.plainText(argument)
                words.formUnion(text.split { $0 == "," || $0 == " " }.map(String.init))
            }
        }
        return words
    }

    /// True when `option` (such as `--now`) appears in `lines` as a whole
    /// word: `--now` is not found in `--no-color`, nor `--days` in `--days-x`.
    static func mentions(_ option: String, in lines: [String]) -> Bool {
        let text = plainText(lines.joined(separator: "\n"))
        let isWordCharacter: (Character) -> Bool = { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        var searchStart = text.startIndex
        while let range = text.range(of: option, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before.map(isWordCharacter) ?? false) && !(after.map(isWordCharacter) ?? false) { return true }
            searchStart = range.upperBound
        }
        return false
    }

    /// The arguments of a macro line: words, or "quoted strings" with spaces.
    static func macroArguments(_ line: String) -> [String] {
        var arguments: [String] = []
        var current = ""
        var isQuoted = false
        var hasArgument = false
        for character in line.drop(while: { $0 != " " }) {
            if character == "\"" {
                isQuoted.toggle()
                hasArgument = true
            } else if character == " " && !isQuoted {
                if hasArgument { arguments.append(current) }
                current = ""
                hasArgument = false
            } else {
                current.append(character)
                hasArgument = true
            }
        }
        if hasArgument { arguments.append(current) }
        return arguments
    }

    /// Text as it reads: `\-` is a hyphen, font changes and spacing escapes go.
    static func plainText(_ troff: String) -> String {
        var text = troff.replacingOccurrences(of: "\\-", with: "-")
        for escape in ["\\fB", "\\fI", "\\fR", "\\fP", "\\|", "\\&"] {
            text = text.replacingOccurrences(of: escape, with: "")
        }
        return text
    }
}
