/// Makes text from snapshot files safe to put on a terminal.
///
/// The data is not ours: a district name could carry ESC (starting a CSI or an
/// OSC 52 clipboard write), the 8-bit CSI U+009B, BEL, or a bidi override that
/// visually reorders the rest of the line. Each such scalar becomes U+FFFD, so
/// it is visible (someone should fix the data) but never interpreted. Tab and
/// newline are replaced too: a cell holds one character, and either would move
/// the terminal's cursor away from where the screen grid thinks it is.
public enum TerminalSafeText {
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// True for scalars a terminal may act on rather than display.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F:  // C0 controls, DEL, C1 controls (0x9B is CSI)
            return true
        case 0x061C, 0x200E, 0x200F:  // Arabic letter mark, LRM, RLM
            return true
        case 0x202A...0x202E, 0x2066...0x2069:  // bidi embeddings, overrides, isolates
            return true
        case 0x2028, 0x2029:  // line and paragraph separators: line breaks to some terminals
            return true
        default:
            return false
        }
    }

    /// `text` with every unsafe scalar replaced by U+FFFD.
    public static func sanitize(_ text: String) -> String {
        // Almost all text is clean; return it without copying.
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isUnsafe(scalar) ? replacement : scalar)
        }
        return String(scalars)
    }
}
