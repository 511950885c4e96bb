extension TextWidth {
    /// `text` cut to at most `width` cells. When it does not fit, the end is
    /// replaced by `ellipsis`; a wide character or a grapheme (base plus marks)
    /// is never split, so the result may be one cell narrower than `width`.
    public static func truncate(_ text: String, toWidth width: Int, ellipsis: Character = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ellipsisWidth = of(ellipsis)
        guard width >= ellipsisWidth else { return "" }
        let budget = width - ellipsisWidth
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = of(character)
            if used + characterWidth > budget { break }
            result.append(character)
            used += characterWidth
        }
        result.append(ellipsis)
        return result
    }

    /// `text` truncated to `width` cells, then padded with spaces to exactly
    /// `width` cells; on the left when `alignRight` (numbers in columns).
    public static func pad(_ text: String, toWidth width: Int, alignRight: Bool = false) -> String {
        let fitted = truncate(text, toWidth: width)
        let padding = String(repeating: " ", count: max(0, width - of(fitted)))
        return alignRight ? padding + fitted : fitted + padding
    }
}
