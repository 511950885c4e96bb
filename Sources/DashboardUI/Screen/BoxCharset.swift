/// Characters for boxes and rules. `.ascii` is for terminals without a UTF-8
/// locale, where box-drawing characters would come out as mojibake.
public struct BoxCharset: Sendable, Hashable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    /// ├ ┤ ┬ ┴ ┼: where a rule meets a box edge or another rule.
    public var teeRight: Character
    public var teeLeft: Character
    public var teeDown: Character
    public var teeUp: Character
    public var cross: Character

    public static let unicode = BoxCharset(
        horizontal: "─", vertical: "│",
        topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼"
    )

    public static let ascii = BoxCharset(
        horizontal: "-", vertical: "|",
        topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+"
    )
}
