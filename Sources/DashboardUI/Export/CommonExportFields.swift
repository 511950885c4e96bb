/// The fields the districts and camps exports share, defined once so both
/// files use the same keys and titles.
enum CommonExportFields {
    static let id = TableExportField(id: "id", title: "ID", kind: .text, description: "The snapshot's id for the row")
    static let population = TableExportField(id: "population", title: "Population", kind: .integer)
    static let por = TableExportField(id: "por", title: "PoR", kind: .integer, description: "Proof of Registration card holders")
    static let acc = TableExportField(id: "acc", title: "ACC", kind: .integer, description: "Afghan Citizen Card holders")
    static let undocumented = TableExportField(id: "undocumented", title: "Undocumented", kind: .integer)
    static let other = TableExportField(id: "other", title: "Other", kind: .integer, description: "Holders of any other document (by_document.other)")
    static let households = TableExportField(id: "households", title: "Households", kind: .integer)
    static let change = TableExportField(
        id: "change", title: "Change", kind: .integer,
        description: "Population now minus population in the previous snapshot; empty when there is nothing to compare with"
    )
    static let new = TableExportField(id: "new", title: "New", kind: .boolean, description: "Not in the previous snapshot")
    static let gone = TableExportField(
        id: "gone", title: "Gone", kind: .boolean,
        description: "In the previous snapshot, not in this one: its last population, and minus that as its change (listed last)"
    )
    static let partialSums = TableExportField(
        id: "partial_sums", title: "Partial sums", kind: .text,
        description: "Columns whose figure only some camps reported, so the true figure is at least this (≥ on screen)"
    )
}
