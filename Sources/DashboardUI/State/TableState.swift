import Foundation

/// Where the operator is in one table: sort, filter, selection and scroll.
/// The selection is kept by row id, so it stays on the same district when a
/// new snapshot reorders the rows.
public struct TableState<Column: SortableColumn>: Sendable where Column.AllCases.Index == Int {
    public var sortColumn: Column
    public var ascending: Bool
    /// Case- and diacritic-insensitive substring of the name; empty for none.
    public var filter: String = ""
    public var selectedID: String?
    /// First row shown.
    public var scrollTop: Int = 0
    /// Row ids in display order after filter and sort; `AppState` keeps it current.
    public internal(set) var rowIDs: [String] = []

    public init(sortColumn: Column, ascending: Bool? = nil) {
        self.sortColumn = sortColumn
        self.ascending = ascending ?? sortColumn.ascendingByDefault
    }

    /// Index of the selected row in `rowIDs` (0 when the selection is gone).
    public var selectedIndex: Int {
        guard let selectedID, let index = rowIDs.firstIndex(of: selectedID) else { return 0 }
        return index
    }

    mutating func select(index: Int, visibleRows: Int) {
        guard !rowIDs.isEmpty else {
            selectedID = nil
            scrollTop = 0
            return
        }
        let clamped = min(max(index, 0), rowIDs.count - 1)
        selectedID = rowIDs[clamped]
        keepSelectionVisible(visibleRows: visibleRows)
    }

    /// Scrolls the least needed to show the selected row, and never past the end.
    mutating func keepSelectionVisible(visibleRows: Int) {
        let rows = max(1, visibleRows)
        let index = selectedIndex
        if index < scrollTop { scrollTop = index }
        if index >= scrollTop + rows { scrollTop = index - rows + 1 }
        scrollTop = max(0, min(scrollTop, max(0, rowIDs.count - rows)))
    }

    mutating func cycleSort() {
        sort(by: sortColumn.nextInCycle)
    }

    /// `<` / `>`: the sort moves to the neighbouring column; at an end it stays as it is.
    mutating func moveSort(by offset: Int) {
        let column = sortColumn.moved(by: offset)
        if column != sortColumn { sort(by: column) }
    }

    /// A newly chosen column starts in its own direction: names A→Z, figures largest first.
    private mutating func sort(by column: Column) {
        sortColumn = column
        ascending = column.ascendingByDefault
    }

    /// The filter's rule, as `DistrictOrder` applies it to the districts.
    static func matches(_ name: String, filter: String) -> Bool {
        filter.isEmpty || FoldedText(name).contains(FoldedText(filter))
    }
}
