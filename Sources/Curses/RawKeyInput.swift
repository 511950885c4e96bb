/// What `wget_wch` returned, before interpretation.
public enum RawKeyInput: Sendable, Hashable {
    /// `OK`: a character code (a Unicode scalar value in a UTF-8 locale).
    case character(UInt32)
    /// `KEY_CODE_YES`: one of the `KEY_*` codes from curses.h.
    case functionKey(Int32)
}
