import DashboardCore

/// One plain value of an exported row, as CSV and JSON write it. Counts are
/// whole numbers without thousands separators, so a spreadsheet can sum them.
public enum TableExportValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case boolean(Bool)
    /// Not known or not applicable: the screen's dash, an empty cell. JSON `null`.
    case none
}

extension TableExportValue {
    /// A sum of an optional field: empty when no camp reported it (the screen's
    /// dash); the sum otherwise, also when only some camps did (the screen's
    /// `≥`), which the row's `partial_sums` field then names.
    static func reported(_ sum: ReportedSum) -> TableExportValue {
        sum.isUnreported ? .none : .integer(sum.sum)
    }

    static func optional(_ value: Int?) -> TableExportValue {
        value.map { .integer($0) } ?? .none
    }

    /// The `change`, `new` and `gone` fields: the difference from the previous
    /// snapshot (empty when there is nothing to compare with), whether the
    /// row is new in this snapshot (the screen's "new"), and whether it is a
    /// row of the previous snapshot that this one no longer has (`gone`).
    static func change(_ change: Int?, isNew: Bool, isGone: Bool = false) -> [TableExportValue] {
        [optional(change), .boolean(isNew), .boolean(isGone)]
    }

    /// The fields of a sum's columns: por, acc, undocumented, other and
    /// households, with their titles, for `partial_sums`.
    static func documentSums(_ documents: DocumentTotals, households: ReportedSum) -> [(title: String, sum: ReportedSum)] {
        [(CommonExportFields.por.title, documents.por), (CommonExportFields.acc.title, documents.acc),
         (CommonExportFields.undocumented.title, documents.undocumented), (CommonExportFields.other.title, documents.other),
         (CommonExportFields.households.title, households)]
    }

    /// The titles of the sums that only some camps reported (`≥` on screen),
    /// for the `partial_sums` field; empty when every shown sum is complete.
    static func partialSums(_ sums: [(title: String, sum: ReportedSum)]) -> TableExportValue {
        let partial = sums.filter { !$0.sum.isUnreported && !$0.sum.isComplete }.map(\.title)
        return partial.isEmpty ? .none : .text(partial.joined(separator: ", "))
    }
}
