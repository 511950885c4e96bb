/// Packs items of known widths into as few lines as possible, in order, with
/// a gap between neighbours: how the crossing figures share a narrow pane.
enum FlowLayout {
    /// Indices of the items on each line. An item wider than `width` gets a
    /// line of its own (the caller truncates it).
    static func lines(widths: [Int], width: Int, gap: Int) -> [[Int]] {
        var lines: [[Int]] = []
        var current: [Int] = []
        var used = 0
        for (index, itemWidth) in widths.enumerated() {
            if current.isEmpty {
                current = [index]
                used = itemWidth
            } else if used + gap + itemWidth <= width {
                current.append(index)
                used += gap + itemWidth
            } else {
                lines.append(current)
                current = [index]
                used = itemWidth
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
