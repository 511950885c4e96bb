/// How many terminal cells text occupies, measured per grapheme.
///
/// Computed from Unicode properties only, never `wcwidth`, so layout (and the
/// golden-screen tests) do not change with the locale of the machine running
/// them. Rules, in the spirit of unicode-width and glibc:
/// - combining and enclosing marks, format characters (U+200B-U+200F, U+2060,
///   U+FEFF ...), variation selectors, Hangul medial vowels and final
///   consonants, and controls take 0 cells;
/// - East Asian Wide/Fullwidth and emoji-presentation characters take 2;
/// - everything else, including Arabic script (Urdu, Pashto) takes 1.
/// A grapheme takes the widest of its scalars, capped at 2: "e\u{301}" is 1,
/// "👍🏽" and "🇦🇫" are 2.
public enum TextWidth {
    /// Total cells taken by `text`.
    public static func of(_ text: String) -> Int {
        // Most of what a frame draws (figures, labels, most names) is printable
        // ASCII: one cell per byte, no grapheme breaking needed.
        if let width = printableASCIIWidth(text) { return width }
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// The width of text made only of printable ASCII (0x20–0x7E), else nil.
    @inline(__always)
    static func printableASCIIWidth(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte < 0x20 || byte >= 0x7F { return nil }
            return bytes.count
        }
    }

    /// Cells taken by one grapheme: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        var widest = 0
        for scalar in character.unicodeScalars {
            widest = max(widest, of(scalar))
            if widest == 2 { break }
        }
        return widest
    }

    /// Cells taken by one scalar on its own: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }  // ASCII fast path
        if value < 0x20 || (value >= 0x7F && value <= 0x9F) { return 0 }
        if value == 0x00AD { return 1 }  // soft hyphen: terminals draw it
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) {
            return 0  // Hangul vowels/finals join the preceding leading consonant
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if properties.isVariationSelector { return 0 }
        if properties.isEmojiPresentation || EastAsianWide.contains(value) { return 2 }
        return 1
    }
}
