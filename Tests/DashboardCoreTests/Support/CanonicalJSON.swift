import Foundation
@testable import DashboardCore

/// One text form for a JSON value, whoever parsed it: keys sorted, numbers as
/// Doubles, strings by scalar. Two parsers agree when their forms are equal.
enum CanonicalJSON {
    static func form(_ document: JSONDocument, _ node: Int = 0) -> String {
        switch document.kind(node) {
        case .null: return "null"
        case .true: return "true"
        case .false: return "false"
        case .number: return number(document.double(node)!)
        case .string: return string(document.string(node))
        case .array:
            return "[" + document.elements(of: node).map { form(document, $0) }.joined(separator: ",") + "]"
        case .object:
            let members = document.members(of: node).map { (document.string($0.key), form(document, $0.value)) }
            return "{" + members.sorted { $0.0 < $1.0 }.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
        }
    }

    static func form(foundation value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case let dictionary as [String: Any]:
            return "{" + dictionary.keys.sorted().map { string($0) + ":" + form(foundation: dictionary[$0]!) }.joined(separator: ",") + "}"
        case let array as [Any]:
            return "[" + array.map { form(foundation: $0) }.joined(separator: ",") + "]"
        case let text as String:
            return string(text)
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { return number.boolValue ? "true" : "false" }
            return CanonicalJSON.number(number.doubleValue)
        default:
            return "?\(type(of: value))"
        }
    }

    /// 15 significant digits: Foundation's number reading is off in the last
    /// bits for some values (y_number_double_close_to_zero), Swift's is exact.
    private static func number(_ value: Double) -> String { value == 0 ? "0" : String(format: "%.15g", value) }

    private static func string(_ text: String) -> String {
        "\"" + text.unicodeScalars.map { "\($0.value)" }.joined(separator: " ") + "\""
    }
}
