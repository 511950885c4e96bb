/// The order in which the districts table gives up columns as it narrows.
enum DistrictsTableNarrowing {
    /// `other` goes first: few producers send it, and the three named groups
    /// are what deadlines concern. Households go before the document counts;
    /// then PoR, ACC, undocumented: the reverse of the order in which the
    /// repatriation plan gave these groups deadlines, so the groups due
    /// earliest stay longest. The five core columns fit at 80 columns; in a
    /// narrower pane the province is cut, then dropped, then camps, then
    /// change. Name and population always stay, and so does the column the
    /// table is sorted by (`TableLayout`).
    static let steps: [TableNarrowing<DistrictColumn>] = [
        .drop(.other), .drop(.households), .drop(.por), .drop(.acc), .drop(.undocumented),
        .shrink(.province), .drop(.province), .drop(.camps), .drop(.change),
    ]
}
