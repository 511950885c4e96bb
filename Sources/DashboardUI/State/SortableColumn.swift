/// A table column that `s` can sort by.
public protocol SortableColumn: CaseIterable, Equatable, Sendable {
    var title: String { get }
    var ascendingByDefault: Bool { get }
}

extension SortableColumn where AllCases.Index == Int {
    /// The next column in the cycle `s` walks.
    var nextInCycle: Self {
        let all = Array(Self.allCases)
        let index = all.firstIndex(of: self) ?? 0
        return all[(index + 1) % all.count]
    }
}
