import DashboardCore
import Foundation

/// How `validate` prints its findings: lines for people, JSON for pipelines.
enum ValidationOutput {
    static func text(_ files: [SnapshotFile]) -> String {
        var lines = files.flatMap(\.problemLines)
        lines.append(summary(files))
        return lines.joined(separator: "\n") + "\n"
    }

    static func summary(_ files: [SnapshotFile]) -> String {
        let invalid = files.filter { !$0.report.isValid }.count
        let errors = files.reduce(0) { $0 + $1.report.errorCount }
        let warnings = files.reduce(0) { $0 + $1.report.warningCount }
        return "\(plural(files.count, "file")) checked: \(files.count - invalid) valid, \(invalid) invalid; "
            + "\(plural(errors, "error")), \(plural(warnings, "warning"))"
    }

    static func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }

    static func json(_ files: [SnapshotFile]) -> String {
        let items: [[String: Any]] = files.map { file in
            [
                "file": PathBytes.spelled(file.path),
                "valid": file.report.isValid,
                "errors": file.report.errorCount,
                "warnings": file.report.warningCount,
                "omitted": file.report.omittedCount,
                "problems": file.report.issues.map(problem),
            ]
        }
        let invalid = files.filter { !$0.report.isValid }.count
        let root: [String: Any] = [
            "files": items,
            "summary": ["checked": files.count, "valid": files.count - invalid, "invalid": invalid],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])) ?? Data("{}".utf8)
        return jsonEscapingUnsafe(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// JSONSerialization escapes C0 controls but writes C1 controls (U+009B
    /// is an 8-bit CSI) and bidi overrides raw. Outside strings a JSON text
    /// is ASCII, so each such scalar is inside a string, where `\uXXXX`
    /// means the same character: the JSON is unchanged, the terminal safe.
    static func jsonEscapingUnsafe(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: TerminalSafeText.isUnsafe) else { return json }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if TerminalSafeText.isUnsafe(scalar), scalar != "\n" {
                result.append(contentsOf: ("\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func problem(_ issue: ValidationIssue) -> [String: Any] {
        var item: [String: Any] = ["severity": issue.severity.rawValue, "path": issue.path.description, "message": issue.message]
        if let line = issue.line, let column = issue.column {
            item["line"] = line
            item["column"] = column
        }
        return item
    }
}
