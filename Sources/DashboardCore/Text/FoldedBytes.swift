import Foundation

/// Text with case and diacritics removed, as UTF-8 bytes: what the table
/// filter matches against and what natural name order compares. One rule for
/// both, so a name the filter finds under "alam" sorts beside "Alam".
public enum FoldedBytes {
    public static func of(_ text: String) -> [UInt8] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: folding is lower-casing, and Foundation is not needed.
            return text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        }
        return Array(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
    }
}
