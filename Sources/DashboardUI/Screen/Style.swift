/// How a cell looks, in semantic terms (see `SemanticColor`).
public struct Style: Sendable, Hashable {
    public var foreground: SemanticColor
    /// `.normal` means the terminal's default background.
    public var background: SemanticColor
    public var attributes: TextAttributes

    public init(
        _ foreground: SemanticColor = .normal,
        background: SemanticColor = .normal,
        attributes: TextAttributes = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let normal = Style()
    public static let header = Style(.header, attributes: .bold)
    public static let selected = Style(background: .selected)
    public static let positive = Style(.positive)
    public static let negative = Style(.negative)
    public static let warning = Style(.warning)
    public static let critical = Style(.critical, attributes: .bold)
    public static let muted = Style(.muted)
    public static let accent = Style(.accent)
    public static let chartBar = Style(.chartBar)
    public static let chartPartial = Style(.chartPartial)

    /// This style with `attributes` added.
    public func adding(_ attributes: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(attributes)
        return copy
    }

    /// This style on another background, e.g. a selected row keeps its
    /// positive/negative foreground: `.positive.on(.selected)`.
    public func on(_ background: SemanticColor) -> Style {
        var copy = self
        copy.background = background
        return copy
    }

    public var isBold: Bool { attributes.contains(.bold) }
    public var isReverse: Bool { attributes.contains(.reverse) }
    public var isUnderline: Bool { attributes.contains(.underline) }
}
