extension String {
    /// The text with `pad` in front up to `width` characters; unchanged when
    /// it is that long already. For fixed-width fields: `"7"` → `"07"`, hex
    /// digits of `\u` escapes, milliseconds. One helper for every module
    /// that writes them (the time formats, the log, the exports, the generator).
    public func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
