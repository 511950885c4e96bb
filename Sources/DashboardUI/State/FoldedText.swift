import DashboardCore
import Foundation

/// Text folded for the table filter: case and diacritics removed (as
/// Foundation's case- and diacritic-insensitive search does), kept as UTF-8
/// bytes so that matching a filter is a byte search. Names are folded once
/// per snapshot, not once per key press.
struct FoldedText: Sendable, Equatable {
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = FoldedBytes.of(text)
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// True when `part` occurs in this text (an empty part occurs everywhere).
    func contains(_ part: FoldedText) -> Bool {
        let needle = part.bytes
        guard !needle.isEmpty else { return true }
        guard needle.count <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { needle in
                let first = needle[0]
                for start in 0...(haystack.count - needle.count) where haystack[start] == first {
                    if memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0 { return true }
                }
                return false
            }
        }
    }
}
