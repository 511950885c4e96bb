import DashboardCore
import TOMLKit

/// Reads the `[[alert]]` tables of a config file into checked rules.
///
/// Strict, as the rest of the file is: an unknown kind, an unknown or
/// missing key, a wrong type or thresholds that contradict each other refuse
/// the whole file, each problem with its line and key, because a rule that
/// silently never fires is worse than a dashboard that will not start.
struct AlertRulesReader {
    let path: String
    let tables: [TopLevelKeyLines.TableLines]

    /// Keys every rule has; the kind adds its own (`KindKeys`).
    static let commonKeys = ["name", "kind"]

    func read(_ value: TOMLValueConvertible) -> (rules: [AlertRule], problems: [ConfigurationProblem]) {
        guard let array = value.array, array.allSatisfy({ $0.table != nil }) else {
            let line = tables.first?.header ?? 1
            return ([], [ConfigurationProblem(file: path, line: line, message: "alert: write each rule as an [[alert]] table, got \(ConfigurationFile.describe(value))")])
        }
        var rules: [AlertRule] = []
        var problems: [ConfigurationProblem] = []
        var namesSeen: [String: Int] = [:]
        for (index, element) in array.enumerated() {
            let lines = index < tables.count ? tables[index] : TopLevelKeyLines.TableLines(header: 1)
            var table = RuleTable(table: element.table!, lines: lines, path: path)
            let rule = table.rule()
            // Names are compared whether or not the rest of the rule is right, so one edit fixes all.
            if let name = table.name {
                if let first = namesSeen[name] {
                    table.problem("name", "\"\(name)\" is already the name of the rule on line \(first); each rule needs its own name")
                } else {
                    namesSeen[name] = lines.line(of: "name")
                    if let rule { rules.append(rule) }
                }
            }
            problems += table.problems
        }
        return (rules, problems)
    }
}

/// One `[[alert]]` table being read, collecting its problems.
private struct RuleTable {
    let table: TOMLTable
    let lines: TopLevelKeyLines.TableLines
    let path: String
    private(set) var problems: [ConfigurationProblem] = []
    /// The rule's name, once read.
    private(set) var name: String?
    /// `[[alert]] "Torkham surge"` once the name is read: how each problem begins.
    private var heading = "[[alert]]"

    init(table: TOMLTable, lines: TopLevelKeyLines.TableLines, path: String) {
        self.table = table
        self.lines = lines
        self.path = path
    }

    mutating func problem(_ key: String, _ message: String) {
        problems.append(ConfigurationProblem(file: path, line: lines.line(of: key), message: "\(heading): \(key): \(message)"))
    }

    mutating func rule() -> AlertRule? {
        name = string("name", required: true, example: "\"Torkham surge\"")
        if let name { heading = "[[alert]] \"\(name)\"" }
        guard let kindText = string("kind", required: true, example: "one of \(AlertKind.Name.list)") else { return nil }
        guard let kindName = AlertKind.Name(rawValue: kindText) else {
            problem("kind", "unknown kind \"\(kindText)\" (kinds: \(AlertKind.Name.list))")
            return nil
        }
        let allowed = AlertRulesReader.commonKeys + kindKeys(kindName)
        for (key, _) in table where !allowed.contains(key) {
            problem(key, "unknown key for a \(kindText) rule (its keys: \(allowed.joined(separator: ", ")))")
        }
        let problemsBefore = problems.count
        let kind: AlertKind
        var severity = AlertSeverity.warning
        var campDistrict: String?
        switch kindName {
        case .deadline:
            kind = .deadline(id: idOrAll("deadline", of: "a deadline"))
        case .stale:
            kind = .stale
        case .crossingSurge:
            let point = string("point", required: true, example: "the name of a crossing point, such as \"Torkham\"")
            let minCount = wholeNumber("min_count") ?? 0
            kind = .crossingSurge(point: point ?? "", minCount: minCount)
        case .populationChange:
            let withinHours = number("within_hours", mustBePositive: true)
            var sinceShiftStart = false
            if let since = string("since", required: false, example: "\"previous\" or \"shift_start\"") {
                switch since {
                case "previous": break
                case "shift_start": sinceShiftStart = true
                default: problem("since", "must be \"previous\" or \"shift_start\", got \"\(since)\"")
                }
                if withinHours != nil { problem("since", "give since or within_hours, not both") }
            }
            kind = .populationChange(district: idOrAll("district", of: "a district"), withinHours: withinHours, sinceShiftStart: sinceShiftStart)
        case .campStatus:
            campDistrict = idOrAll("district", of: "a district")
            if let text = string("severity", required: false, example: "\"warning\" or \"critical\"") {
                if let chosen = AlertSeverity(rawValue: text) { severity = chosen } else { problem("severity", "must be \"warning\" or \"critical\", got \"\(text)\"") }
            }
            kind = .campStatus(district: campDistrict)
        case .rejectedSnapshots:
            kind = .rejectedSnapshots
        }
        guard let unit = kindName.thresholdUnit else {
            guard let name, problems.count == problemsBefore else { return nil }
            return AlertRule.campStatus(name: name, district: campDistrict, severity: severity)
        }
        let thresholds = AlertThresholds(
            direction: kindName.direction,
            warning: number("warning_\(unit)"), critical: number("critical_\(unit)"),
            clearWarning: number("clear_warning_\(unit)"), clearCritical: number("clear_critical_\(unit)"))
        if problems.count == problemsBefore {
            for found in thresholds.problems(unit: unit) { problem(found.key, found.message) }
        }
        guard let name, problems.count == problemsBefore else { return nil }
        return AlertRule(name: name, kind: kind, thresholds: thresholds)
    }

    /// The keys a kind takes besides `name` and `kind`.
    private func kindKeys(_ kind: AlertKind.Name) -> [String] {
        let thresholds = kind.thresholdUnit.map { unit in
            ["warning_", "critical_", "clear_warning_", "clear_critical_"].map { $0 + unit }
        } ?? []
        switch kind {
        case .deadline: return ["deadline"] + thresholds
        case .stale, .rejectedSnapshots: return thresholds
        case .crossingSurge: return ["point", "min_count"] + thresholds
        case .populationChange: return ["district", "within_hours", "since"] + thresholds
        case .campStatus: return ["district", "severity"]
        }
    }

    /// An id, or nil for `"all"` or no key at all: the rule watches every one.
    private mutating func idOrAll(_ key: String, of what: String) -> String? {
        let id = string(key, required: false, example: "\(what)'s id, or \"all\"")
        return id == "all" ? nil : id
    }

    private mutating func string(_ key: String, required: Bool, example: String) -> String? {
        guard let value = table[key] else {
            if required { problem(key, "missing; write \(key) = \(example)") }
            return nil
        }
        guard let text = value.string else {
            problem(key, ConfigurationFile.wrongType(value, expected: "a string: \(example)").text)
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            problem(key, "must not be empty; write \(key) = \(example)")
            return nil
        }
        return trimmed
    }

    /// A threshold or `within_hours`: an integer or a decimal, finite, not negative.
    private mutating func number(_ key: String, mustBePositive: Bool = false) -> Double? {
        guard let value = table[key] else { return nil }
        guard let number = value.double ?? value.int.map(Double.init) else {
            problem(key, ConfigurationFile.wrongType(value, expected: "a number, such as 24 or 1.5").text)
            return nil
        }
        guard number.isFinite, mustBePositive ? number > 0 : number >= 0 else {
            problem(key, "must be \(mustBePositive ? "more than 0" : "0 or more"), got \(ConfigurationFile.format(number))")
            return nil
        }
        return number
    }

    private mutating func wholeNumber(_ key: String) -> Int? {
        guard let value = table[key] else { return nil }
        guard let count = value.int, count >= 0 else {
            problem(key, value.int == nil ? ConfigurationFile.wrongType(value, expected: "a whole number of people, such as 500").text
                                          : "must be 0 or more, got \(value.int!)")
            return nil
        }
        return count
    }
}
