extension Key {
    /// The key as the man page and the help name it: `Up`, `PgDn`,
    /// `Shift-Tab`, `Ctrl-L`, `q`.
    public var name: String {
        switch self {
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .f1: "F1"
        case .function(let number): "F\(number)"
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let letter): "Ctrl-" + letter.uppercased()
        case .resize: "resize"
        case .unknown: "unknown"
        }
    }

    /// The name on screen: arrows drawn as arrows where the glyphs allow.
    func label(glyphs: PaneGlyphs) -> String {
        switch self {
        case .up: glyphs.up
        case .down: glyphs.down
        case .left: glyphs.left
        case .right: glyphs.right
        default: name
        }
    }
}
