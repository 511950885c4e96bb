/// Code points whose East_Asian_Width is Wide or Fullwidth, and which
/// `Unicode.Scalar.Properties` cannot tell us about (Swift exposes no
/// East_Asian_Width property). Emoji with Emoji_Presentation are left out:
/// `isEmojiPresentation` covers them from Swift's own, newer, Unicode data.
///
/// Generated from Unicode 14 EastAsianWidth (assigned W/F code points), with
/// ranges merged across unassigned gaps, and the CJK blocks and planes 2-3
/// that the Unicode standard reserves as wide included whole.
enum EastAsianWide {
    static let ranges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x3247,
        0x3250...0x4DBF, 0x4E00...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6B, 0xFF01...0xFF60,
        0xFFE0...0xFFE6, 0x16FE0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5,
        0x18D00...0x18D08, 0x1AFF0...0x1B2FB, 0x1F200...0x1F265, 0x20000...0x3FFFD,
    ]

    static func contains(_ value: UInt32) -> Bool {
        // Below U+1100 nothing is wide: keeps Latin and Arabic text off the search.
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
