/// The keys a config file may hold, in the order `config --print` lists them.
enum ConfigurationKey: String, CaseIterable {
    case snapshotPath = "snapshot_path"
    case staleAfterMinutes = "stale_after_minutes"
    case crossingPoint = "crossing_point"
    case sort
    case theme
    case maxSizeMiB = "max_size_mib"
    case futureToleranceMinutes = "future_tolerance_minutes"
    case historyHours = "history_hours"
    case shiftStarts = "shift_starts"
    /// Ring the terminal bell when an alert turns critical.
    case bell
    /// Take the mouse (clicks, double-clicks, the wheel); false leaves it to the terminal.
    case mouse
    /// The `[[alert]]` rules (see AlertRulesReader).
    case alert
    case snapshotURL = "snapshot_url"
    case pollInterval = "poll_interval"
    case caFile = "ca_file"

    static let knownKeysList = allCases.map(\.rawValue).joined(separator: ", ")

    /// A known key the operator probably meant: the same start (`stale_afer`
    /// → `stale_after_minutes`) or a slip of a letter or two.
    static func suggestion(for unknown: String) -> ConfigurationKey? {
        let typed = unknown.lowercased()
        return allCases.first { key in
            let name = key.rawValue
            let sharedStart = zip(typed, name).prefix { $0 == $1 }.count
            return sharedStart >= 4 || editDistance(typed, name) <= 2
        }
    }

    /// Levenshtein distance; the names are short, so the plain table is enough.
    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
