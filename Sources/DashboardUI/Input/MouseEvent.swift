/// A mouse report from the terminal (SGR 1006: `ESC [ < b ; x ; y M`),
/// decoded by the `Curses` module. Cells count from 0 at the top left, as the
/// `Screen` does.
public struct MouseEvent: Sendable, Hashable {
    public enum Button: Sendable, Hashable {
        case left, middle, right
    }

    public enum Action: Sendable, Hashable {
        case press(Button)
        case release
        /// Away from the operator: the content moves down, earlier rows show.
        case wheelUp
        case wheelDown
    }

    public struct Modifiers: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let shift = Modifiers(rawValue: 1)
        public static let alt = Modifiers(rawValue: 2)
        public static let control = Modifiers(rawValue: 4)
    }

    public var action: Action
    public var row: Int
    public var col: Int
    public var modifiers: Modifiers
    /// When it arrived, on a monotonic clock, in milliseconds: two presses
    /// close together on the same row are a double-click.
    public var milliseconds: Int64

    public init(_ action: Action, row: Int, col: Int, modifiers: Modifiers = [], milliseconds: Int64 = 0) {
        self.action = action
        self.row = row
        self.col = col
        self.modifiers = modifiers
        self.milliseconds = milliseconds
    }
}
