import Curses
import DashboardCore
import Foundation
import HTTPSnapshotSource
import TOMLKit

/// The settings one config file sets, each with its line. A key the file
/// does not set is nil here and falls through to the built-in default.
struct ConfigurationFile {
    let path: String
    var snapshotPath: Setting<String>?
    /// An http(s) URL to follow instead of `snapshot_path` (one or the other).
    var snapshotURL: Setting<String>?
    var pollIntervalSeconds: Setting<Int>?
    var caFile: Setting<String>?
    var staleAfterMinutes: Setting<Double>?
    var crossingPoint: Setting<String>?
    var sort: Setting<DistrictSort>?
    var theme: Setting<ColorThemeName>?
    var maxSizeMiB: Setting<Int>?
    var futureToleranceMinutes: Setting<Double>?
    var historyHours: Setting<Int>?
    var shiftStarts: Setting<ShiftStarts>?
    var bell: Setting<Bool>?
    var mouse: Setting<Bool>?
    /// The `[[alert]]` rules, in file order; the origin is the first rule's line.
    var alertRules: Setting<[AlertRule]>?

    /// Reads and checks the file at `path`. Throws `ConfigurationError` with
    /// every problem, each naming the file and line.
    static func read(path: String, environment: [String: String]) throws -> ConfigurationFile {
        let data: Data
        switch readBytes(path: path) {
        case .success(let bytes): data = bytes
        case .failure(let problem):
            throw ConfigurationError([ConfigurationProblem(file: path, line: nil, message: "cannot read the config file: \(problem.message)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError([ConfigurationProblem(file: path, line: nil, message: "the config file is not UTF-8 text")])
        }
        return try parse(text: text, path: path, environment: environment)
    }

    /// A config file is a few hundred bytes; anything past this is not one.
    static let sizeLimit = 1 << 20

    /// Through `RegularFile`, so a FIFO or a device named as the config is refused, never waited on.
    private static func readBytes(path: String) -> Result<Data, ReadProblem> {
        let opened: RegularFile.Opened
        switch RegularFile.openForReading(path: path) {
        case .success(let file): opened = file
        case .failure(let problem): return .failure(problem)
        }
        let handle = FileHandle(fileDescriptor: opened.descriptor, closeOnDealloc: true)
        guard opened.size <= sizeLimit, let data = try? handle.read(upToCount: sizeLimit + 1) ?? Data(), data.count <= sizeLimit else {
            return .failure(ReadProblem(message: "larger than \(sizeLimit >> 20) MiB; not a config file"))
        }
        return .success(data)
    }

    /// Checks a config file's text; `path` names it in problems and anchors
    /// a relative `snapshot_path`.
    static func parse(text: String, path: String, environment: [String: String]) throws -> ConfigurationFile {
        // The TOML parser reads a C string: a NUL would silently end the file there, dropping every key after it.
        if let nul = text.utf8.firstIndex(of: 0) {
            let line = text.utf8[..<nul].count { $0 == UInt8(ascii: "\n") } + 1
            throw ConfigurationError([ConfigurationProblem(file: path, line: line, message: "a NUL byte (0x00); a config file is text")])
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let position = error.source.begin
            throw ConfigurationError([ConfigurationProblem(
                file: path, line: max(1, position.line),
                message: "TOML syntax error: \(TerminalSafeText.escaped(error.description)) (column \(position.column))"
            )])
        }
        var file = ConfigurationFile(path: path)
        let lines = TopLevelKeyLines(text: text)
        var problems: [ConfigurationProblem] = []
        for (name, value) in table {
            // A key the scan missed (an unusual spelling) still gets reported, on line 1.
            let line = lines.line(of: name) ?? 1
            let origin = SettingOrigin.file(path: path, line: line)
            func problem(_ message: String) { problems.append(ConfigurationProblem(file: path, line: line, message: message)) }
            guard let key = ConfigurationKey(rawValue: name) else {
                let hint = ConfigurationKey.suggestion(for: name).map { "did you mean \"\($0.rawValue)\"? " } ?? ""
                problem("unknown key \"\(TerminalSafeText.escaped(name, quote: true))\" (\(hint)known keys: \(ConfigurationKey.knownKeysList))")
                continue
            }
            if key == .alert {
                let reading = AlertRulesReader(path: path, tables: lines.arrayTables[name] ?? []).read(value)
                problems += reading.problems
                file.alertRules = Setting(value: reading.rules, origin: origin)
                continue
            }
            switch file.read(key, value: value, origin: origin, environment: environment) {
            case .success: break
            case .failure(let refusal): problem("\(TerminalSafeText.escaped(name)): \(refusal.text)")
            }
        }
        if file.snapshotPath != nil, let url = file.snapshotURL, case .file(_, let line) = url.origin {
            problems.append(ConfigurationProblem(file: path, line: line, message: "snapshot_url: set snapshot_path or snapshot_url, not both"))
        }
        guard problems.isEmpty else { throw ConfigurationError(problems) }
        return file
    }

    /// Why a value was refused, worded to say what would be accepted.
    struct Refusal: Error {
        let text: String
        init(_ text: String) { self.text = text }
    }

    private mutating func read(_ key: ConfigurationKey, value: TOMLValueConvertible, origin: SettingOrigin,
                               environment: [String: String]) -> Result<Void, Refusal> {
        switch key {
        case .snapshotPath:
            guard let text = value.string else { return .failure(Self.wrongType(value, expected: "a string: a directory of snapshots or one snapshot file")) }
            guard !text.isEmpty else { return .failure(Refusal("must name a directory of snapshots or a snapshot file, got an empty string")) }
            snapshotPath = Setting(value: Self.resolve(snapshotPath: text, relativeTo: path, environment: environment), origin: origin)
        case .snapshotURL:
            guard let text = value.string else { return .failure(Self.wrongType(value, expected: "a string: an http:// or https:// URL of one snapshot")) }
            guard HTTPSourceSettings.isURL(text) else { return .failure(Refusal("must be an http:// or https:// URL, got \"\(text)\"")) }
            snapshotURL = Setting(value: text, origin: origin)
        case .pollInterval:
            guard let seconds = value.int else { return .failure(Self.wrongType(value, expected: "a whole number of seconds from 1 to 3600")) }
            guard HTTPSourceSettings.acceptedPollIntervals.contains(seconds) else { return .failure(Refusal("must be from 1 to 3600 (seconds), got \(seconds)")) }
            pollIntervalSeconds = Setting(value: seconds, origin: origin)
        case .caFile:
            guard let text = value.string, !text.isEmpty else { return .failure(Self.wrongType(value, expected: "a string: a PEM file of CA certificates")) }
            caFile = Setting(value: Self.resolve(snapshotPath: text, relativeTo: path, environment: environment), origin: origin)
        case .staleAfterMinutes:
            guard let minutes = value.double ?? value.int.map(Double.init) else {
                return .failure(Self.wrongType(value, expected: "a number of minutes, such as 15 or 7.5"))
            }
            guard minutes > 0, minutes <= DashboardSettingOptions.maximumStaleAfterMinutes else {
                return .failure(Refusal("must be more than 0 and at most 525600 minutes (a year), got \(Self.format(minutes))"))
            }
            staleAfterMinutes = Setting(value: minutes, origin: origin)
        case .crossingPoint:
            guard let name = value.string else { return .failure(Self.wrongType(value, expected: "a string: the name of a crossing point, such as \"Torkham\"")) }
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return .failure(Refusal("must name a crossing point, such as \"Torkham\", got an empty string")) }
            crossingPoint = Setting(value: trimmed, origin: origin)
        case .sort:
            guard let text = value.string else { return .failure(Self.wrongType(value, expected: "a string such as \"population-desc\"")) }
            guard let sort = DistrictSort(text: text) else { return .failure(Refusal("\"\(TerminalSafeText.escaped(text, quote: true))\" is not a sort; write \(DistrictSort.accepted)")) }
            self.sort = Setting(value: sort, origin: origin)
        case .theme:
            let names = ColorThemeName.allCases.map(\.rawValue).joined(separator: ", ")
            guard let text = value.string else { return .failure(Self.wrongType(value, expected: "a string, one of \(names)")) }
            guard let theme = ColorThemeName(rawValue: text) else { return .failure(Refusal("\"\(TerminalSafeText.escaped(text, quote: true))\" is not a theme (themes: \(names))")) }
            self.theme = Setting(value: theme, origin: origin)
        case .maxSizeMiB:
            guard let mebibytes = value.int else { return .failure(Self.wrongType(value, expected: "a whole number of MiB from 1 to 2047")) }
            guard SnapshotReadingOptions.acceptedSizeMiB.contains(mebibytes) else {
                return .failure(Refusal("must be from 1 to 2047 (MiB), got \(mebibytes)"))
            }
            maxSizeMiB = Setting(value: mebibytes, origin: origin)
        case .futureToleranceMinutes:
            guard let minutes = value.double ?? value.int.map(Double.init) else {
                return .failure(Self.wrongType(value, expected: "a number of minutes, such as 5 or 0.5"))
            }
            guard SnapshotReadingOptions.acceptedFutureToleranceMinutes.contains(minutes) else {
                return .failure(Refusal("must be from 0 to 10080 minutes (a week), got \(Self.format(minutes))"))
            }
            futureToleranceMinutes = Setting(value: minutes, origin: origin)
        case .historyHours:
            guard let hours = value.int else { return .failure(Self.wrongType(value, expected: "a whole number of hours from 1 to \(ShiftHistory.maximumHours)")) }
            guard (1...ShiftHistory.maximumHours).contains(hours) else {
                return .failure(Refusal("must be from 1 to \(ShiftHistory.maximumHours) (hours), got \(hours)"))
            }
            historyHours = Setting(value: hours, origin: origin)
        case .shiftStarts:
            let expected = "a list of times of day such as [\"08:00\", \"20:00\"]"
            guard let array = value.array else { return .failure(Self.wrongType(value, expected: expected)) }
            let texts = array.compactMap(\.string)
            guard texts.count == array.count, let starts = ShiftStarts(parsing: texts) else {
                return .failure(Refusal("must be \(expected), each HH:MM from 00:00 to 23:59"))
            }
            shiftStarts = Setting(value: starts, origin: origin)
        case .bell:
            guard let ring = value.bool else { return .failure(Self.wrongType(value, expected: "true or false")) }
            bell = Setting(value: ring, origin: origin)
        case .mouse:
            guard let take = value.bool else { return .failure(Self.wrongType(value, expected: "true or false")) }
            mouse = Setting(value: take, origin: origin)
        case .alert:
            preconditionFailure("[[alert]] tables are read by AlertRulesReader in parse")
        }
        return .success(())
    }

    /// `~/snapshots` is under the home directory; a relative path is taken
    /// from the config file's folder, so the file means the same wherever the
    /// dashboard is started.
    static func resolve(snapshotPath: String, relativeTo configPath: String, environment: [String: String]) -> String {
        if snapshotPath == "~" || snapshotPath.hasPrefix("~/"), let home = environment["HOME"] {
            return home + snapshotPath.dropFirst()
        }
        if snapshotPath.hasPrefix("/") { return snapshotPath }
        let folder = URL(fileURLWithPath: configPath).deletingLastPathComponent()
        return folder.appendingPathComponent(snapshotPath).standardized.path
    }

    static func wrongType(_ value: TOMLValueConvertible, expected: String) -> Refusal {
        Refusal("expected \(expected), got \(describe(value))")
    }

    /// `a string ("15")`, `an integer (15)`, `a table`: what the file holds, briefly.
    static func describe(_ value: TOMLValueConvertible) -> String {
        switch value.type {
        case .string: "a string (\"\(TerminalSafeText.escaped(value.string ?? "", quote: true))\")"
        case .int: "an integer (\(value.int.map(String.init) ?? ""))"
        case .double: "a number (\(value.double.map(format) ?? ""))"
        case .bool: "a boolean (\(value.bool.map(String.init) ?? ""))"
        case .table: "a table"
        case .array: "an array"
        case .date, .time, .dateTime: "a \(value.type.description)"
        }
    }

    static func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
