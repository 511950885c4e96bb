/// A key sequence the terminal sent that ncurses did not recognise (its
/// terminfo entry does not match the terminal: `TERM=xterm-256color` inside
/// tmux, an SSH client that sends `ESC [ 4 ~` for End) arrives as Escape
/// followed by its bytes as characters, all at once. Read as keys, the `[`
/// would travel back in time, the Escape leave the drill-down, a letter sort
/// the table. A real Escape comes alone: ncurses holds it for `ESCDELAY`
/// before giving it up, so an Escape followed in the same batch by `[` or
/// `O` is such a sequence, and it is dropped whole.
public enum UnrecognisedEscapeSequence {
    /// `keys` (one batch, as drained from the terminal) without such sequences.
    public static func removed(from keys: [Key]) -> [Key] {
        var kept: [Key] = []
        var index = keys.startIndex
        while index < keys.endIndex {
            if keys[index] == .escape, index + 1 < keys.endIndex, let end = sequenceEnd(keys, introducedAt: index + 1) {
                index = end
                continue
            }
            kept.append(keys[index])
            index += 1
        }
        return kept
    }

    /// One past the sequence whose introducer (`[` for CSI, `O` for SS3) is at `start`; nil when it is not one.
    private static func sequenceEnd(_ keys: [Key], introducedAt start: Int) -> Int? {
        guard case .character(let introducer) = keys[start] else { return nil }
        if introducer == "O" { return min(keys.endIndex, start + 2) }  // SS3: one final character
        guard introducer == "[" else { return nil }
        var index = start + 1
        // CSI: parameter and intermediate bytes (0x20–0x3F), then one final byte (0x40–0x7E).
        while index < keys.endIndex, case .character(let character) = keys[index], let ascii = character.asciiValue {
            index += 1
            if (0x40...0x7E).contains(ascii) { return index }
            guard (0x20...0x3F).contains(ascii) else { return index }
        }
        return index
    }
}
