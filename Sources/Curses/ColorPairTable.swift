import CNcurses

/// Hands out ncurses colour pairs on first use of a (foreground, background)
/// combination. Allocating lazily keeps within the terminal's COLOR_PAIRS and
/// lets different meanings that resolve to the same colours share a pair.
final class ColorPairTable {
    private struct Key: Hashable {
        var foreground: Int16
        var background: Int16
    }

    private var pairs: [Key: Int16] = [:]
    private var nextPair: Int16 = 1
    private let pairLimit: Int
    private let enabled: Bool
    private let defaultColorsAvailable: Bool

    /// `enabled` is false in monochrome (start_color was never called).
    /// Without use_default_colors, -1 is not a colour: white on black stands in.
    init(enabled: Bool, pairLimit: Int, defaultColorsAvailable: Bool) {
        self.enabled = enabled
        self.pairLimit = min(pairLimit, Int(Int16.max))
        self.defaultColorsAvailable = defaultColorsAvailable
    }

    /// The pair to draw with; 0 (the default pair) when colours are off, for
    /// default-on-default, or once the terminal's pairs run out.
    func pair(foreground: Int16, background: Int16) -> Int16 {
        guard enabled, foreground != -1 || background != -1 else { return 0 }
        var key = Key(foreground: foreground, background: background)
        if !defaultColorsAvailable {
            if key.foreground == -1 { key.foreground = Int16(COLOR_WHITE) }
            if key.background == -1 { key.background = Int16(COLOR_BLACK) }
        }
        if let existing = pairs[key] { return existing }
        guard Int(nextPair) < pairLimit, init_pair(nextPair, key.foreground, key.background) != cn_err() else {
            return 0
        }
        let allocated = nextPair
        pairs[key] = allocated
        nextPair += 1
        return allocated
    }
}
