import Foundation
import Testing

/// The districts or camps table as a text frame shows it: column titles from
/// the header row, then each row's cells (left-aligned cells read rightwards
/// from their title's start, numbers leftwards from their title's end, both
/// until a gap of two spaces), and the totals row.
struct ScreenTable {
    let titles: [String]
    let rows: [[String]]
    let totals: [String]

    static let leftAligned: Set<String> = ["District", "Camp", "Province", "Status", "De-notified"]

    static func parse(_ lines: [String]) throws -> ScreenTable {
        // The table is the first box on the left: what lies between its borders.
        let contents = lines.map { line -> [Character] in
            let characters = Array(line)
            guard characters.first == "│", let end = characters.dropFirst().firstIndex(of: "│") else { return [] }
            return Array(characters[1..<end])
        }
        // Content starts with the marker cell (selection, change), then the columns.
        let headerIndex = try #require(contents.firstIndex { String($0).hasPrefix(" District ") || String($0).hasPrefix(" Camp ") })
        let header = contents[headerIndex]
        let tokens = runs(in: header)
        let titles = tokens.map { String(header[$0]).replacingOccurrences(of: " ▼", with: "").replacingOccurrences(of: " ▲", with: "") }
        var body: [[String]] = []
        var index = headerIndex + 1
        while index < contents.count, !String(contents[index].dropFirst()).trimmingCharacters(in: .whitespaces).isEmpty {
            body.append(cells(contents[index], tokens: tokens, titles: titles))
            index += 1
        }
        let totalsIndex = try #require(contents.indices.first { $0 > headerIndex && String(contents[$0]).hasPrefix(" All ") })
        let totalsRow = cells(contents[totalsIndex], tokens: tokens, titles: titles)
        // The totals row follows the body (no gap) when the table is full.
        if body.last == totalsRow { body.removeLast() }
        return ScreenTable(titles: titles, rows: body, totals: totalsRow)
    }

    /// Runs of text separated by two or more spaces.
    static func runs(in characters: [Character]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        var index = 0
        while index < characters.count {
            let isGap = characters[index] == " " && (index + 1 >= characters.count || characters[index + 1] == " ")
            if isGap || (characters[index] == " " && start == nil) {
                if let open = start { runs.append(open..<index); start = nil }
            } else if start == nil {
                start = index
            }
            index += 1
        }
        if let open = start { runs.append(open..<characters.count) }
        return runs
    }

    static func cells(_ row: [Character], tokens: [Range<Int>], titles: [String]) -> [String] {
        zip(tokens, titles).map { token, title in
            func isGap(_ index: Int, step: Int) -> Bool {
                index < 0 || index >= row.count || (row[index] == " " && (index + step < 0 || index + step >= row.count || row[index + step] == " "))
            }
            if leftAligned.contains(title) {
                var end = token.lowerBound
                while end < row.count, !isGap(end, step: 1) { end += 1 }
                return String(row[min(token.lowerBound, row.count)..<end])
            }
            var start = token.upperBound - 1
            guard start < row.count, row[start] != " " else { return "" }
            while start > 0, !isGap(start - 1, step: -1) { start -= 1 }
            return String(row[start..<token.upperBound])
        }
    }
}
