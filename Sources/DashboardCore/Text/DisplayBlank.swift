/// Text that a terminal shows as nothing: only spaces (of any width) and
/// characters that take no room (zero-width space, joiners, word joiner,
/// BOM, Hangul fillers, the braille blank). A district or camp so named
/// shows as an empty row an operator cannot pick out.
///
/// Controls and bidi overrides are not blank: the screen shows them as �.
public enum DisplayBlank {
    public static func isBlank(_ text: String) -> Bool {
        // The common case first: a letter among plain ASCII.
        if text.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return false }
        return text.unicodeScalars.allSatisfy(showsNothing)
    }

    static func showsNothing(_ scalar: Unicode.Scalar) -> Bool {
        if TerminalSafeText.isUnsafe(scalar) { return false }
        if scalar.value == 0x2800 { return true }  // braille pattern blank
        let properties = scalar.properties
        return properties.isWhitespace || properties.isDefaultIgnorableCodePoint || properties.generalCategory == .format
    }
}
