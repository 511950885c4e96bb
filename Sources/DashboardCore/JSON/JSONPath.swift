/// Where a value sits in a document: `districts[3].camps[2].population`.
/// Every validation message names one, so a producer can find the problem.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public private(set) var components: [Component]

    public init(_ components: [Component] = []) {
        self.components = components
    }

    public static let root = JSONPath()

    public func appending(_ key: String) -> JSONPath {
        var copy = self
        copy.components.append(.key(key))
        return copy
    }

    public func appending(_ index: Int) -> JSONPath {
        var copy = self
        copy.components.append(.index(index))
        return copy
    }

    /// `$` for the document itself; plain keys joined by dots; keys that are
    /// not simple names quoted in brackets so the path stays unambiguous.
    public var description: String {
        if components.isEmpty { return "$" }
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key):
                if JSONPath.isSimpleName(key) {
                    if !text.isEmpty { text += "." }
                    text += key
                } else {
                    text += "[\"" + key.unicodeScalars.map(JSONPath.escaped).joined() + "\"]"
                }
            }
        }
        return text
    }

    private static func isSimpleName(_ key: String) -> Bool {
        guard let first = key.unicodeScalars.first, !("0"..."9").contains(first) else { return false }
        return key.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
        }
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        default:
            // Keys are shown in messages on a terminal: never let one carry a
            // control character or a bidi override.
            if TerminalSafeText.isUnsafe(scalar) {
                return "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
            }
            return String(scalar)
        }
    }
}
