/// A table column the table can be sorted by (`s`, `<`, `>`; `render --sort`).
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

    /// The column `offset` places along the table (`<` is -1, `>` is +1),
    /// stopping at either end as top's `<` `>` do: a held key lands on the
    /// first or last column instead of going round.
    func moved(by offset: Int) -> Self {
        let all = Array(Self.allCases)
        let index = all.firstIndex(of: self) ?? 0
        return all[min(max(index + offset, 0), all.count - 1)]
    }
}
