import DashboardCore
import Foundation
import HTTPSnapshotSource

/// `repatdash config --print`: the effective settings as a TOML file an
/// operator could save, each line commented with where the value came from.
struct SettingsReport {
    let settings: DashboardSettings

    var text: String {
        var lines = ["# repatdash settings; each comment says where the value comes from.", "# config file: \(settings.file.summary(wasRead: settings.fileWasRead))"]
        let rows: [(key: ConfigurationKey, value: String?, origin: SettingOrigin)] = [
            (HTTPSourceSettings.isURL(settings.snapshotPath.value) ? .snapshotURL : .snapshotPath,
             Self.quoted(settings.snapshotPath.value), settings.snapshotPath.origin),
            (.staleAfterMinutes, ConfigurationFile.format(settings.staleAfterMinutes.value), settings.staleAfterMinutes.origin),
            (.crossingPoint, settings.crossingPoint.value.map(Self.quoted), settings.crossingPoint.origin),
            (.sort, Self.quoted(settings.sort.value.description), settings.sort.origin),
            (.theme, Self.quoted(settings.theme.value.rawValue), settings.theme.origin),
            (.maxSizeMiB, String(settings.maxSizeMiB.value), settings.maxSizeMiB.origin),
            (.futureToleranceMinutes, ConfigurationFile.format(settings.futureToleranceMinutes.value), settings.futureToleranceMinutes.origin),
            (.historyHours, String(settings.historyHours.value), settings.historyHours.origin),
            (.shiftStarts, "[" + settings.shiftStarts.value.minutesOfDay.map { Self.quoted(ShiftStarts.text(minuteOfDay: $0)) }.joined(separator: ", ") + "]",
             settings.shiftStarts.origin),
            (.bell, String(settings.bell.value), settings.bell.origin),
            (.mouse, String(settings.mouse.value), settings.mouse.origin),
            (.pollInterval, String(settings.pollIntervalSeconds.value), settings.pollIntervalSeconds.origin),
            (.caFile, settings.caFile.value.map(Self.quoted), settings.caFile.origin),
        ]
        let assignments = rows.map { row in
            row.value.map { "\(row.key.rawValue) = \($0)" } ?? "# \(row.key.rawValue) not set: \(row.key == .caFile ? "the system's CA bundle" : "the snapshot's first point (Torkham when present)")"
        }
        let width = assignments.map(\.count).max() ?? 0
        for (assignment, row) in zip(assignments, rows) {
            lines.append(assignment.padding(toLength: width, withPad: " ", startingAt: 0) + "  # " + row.origin.description)
        }
        let rules = settings.alertRules.value
        lines.append(rules.isEmpty ? "# no [[alert]] rules" : "# \(rules.count) [[alert]] rule\(rules.count == 1 ? "" : "s") (\(rules.map(\.name).joined(separator: ", "))) from \(settings.alertRules.origin)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A TOML basic string: quotes and backslashes escaped, and every
    /// character a terminal could act on (controls, bidi overrides) as a
    /// `\u` escape, so the line is both safe to show and still valid TOML.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where TerminalSafeText.isUnsafe(scalar):
                result += "\\u" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
