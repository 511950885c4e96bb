/// The order in which the camps table gives up columns as it narrows.
enum CampsTableNarrowing {
    /// `other` goes first (as for districts), then households, then the de-notification date (the status column
    /// already says "de-notified"), then the document counts as for districts
    /// (PoR, ACC, undocumented: groups due earliest stay longest), then status,
    /// then change. Name and population always stay. At 80 columns camp name,
    /// status, population, ACC, undocumented and change fit with sample-sized
    /// figures.
    static let steps: [TableNarrowing<CampColumn>] = [
        .drop(.other), .drop(.households), .drop(.denotified), .drop(.por), .drop(.acc), .drop(.undocumented),
        .drop(.status), .drop(.change),
    ]
}
