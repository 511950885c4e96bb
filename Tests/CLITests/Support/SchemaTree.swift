import DashboardCore

/// A JSON Schema document as a tree of values, to compare two schemas by
/// what they say rather than by their bytes. The bundled schema is the
/// shared spec's plus notes (`$comment`, `description`) on what
/// `repatdash validate` checks beyond it; `removingAnnotations(absentFrom:)`
/// takes away exactly those notes, and what is left must equal the spec.
indirect enum SchemaTree: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    /// Numbers by value: `1` and `1.0` say the same thing to a schema.
    case number(Double)
    case string(String)
    case array([SchemaTree])
    /// Members in any order; a schema never holds the same key twice.
    case object([String: SchemaTree])

    /// Keywords that note rather than constrain: the only ones a copy may add.
    static let annotationKeywords: Set<String> = ["$comment", "description"]
    /// Keywords whose value maps names to subschemas (its own keys are names).
    static let schemaMapKeywords: Set<String> = ["properties", "patternProperties", "$defs", "dependentSchemas"]
    /// Keywords whose value is a subschema, or an array of them.
    static let subschemaKeywords: Set<String> = [
        "items", "prefixItems", "additionalProperties", "unevaluatedItems", "unevaluatedProperties", "propertyNames",
        "contains", "not", "if", "then", "else", "allOf", "anyOf", "oneOf",
    ]

    init(parsing bytes: [UInt8]) throws {
        let document = try JSONParser.parse(bytes)
        self.init(document, node: 0)
    }

    private init(_ document: JSONDocument, node: Int) {
        switch document.kind(node) {
        case .null: self = .null
        case .true: self = .bool(true)
        case .false: self = .bool(false)
        case .number: self = .number(document.double(node) ?? .nan)
        case .string: self = .string(document.string(node))
        case .array: self = .array(document.elements(of: node).map { SchemaTree(document, node: $0) })
        case .object:
            var members: [String: SchemaTree] = [:]
            for member in document.members(of: node) { members[document.string(member.key)] = SchemaTree(document, node: member.value) }
            self = .object(members)
        }
    }

    subscript(key: String) -> SchemaTree? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// This schema less every annotation keyword that `reference` lacks at
    /// the same place, and the paths of those taken away. Only keywords of
    /// a (sub)schema count: a property named `description` under
    /// `properties`, or a `$comment` inside a `const`, is data and stays.
    func removingAnnotations(absentFrom reference: SchemaTree?, at path: String = "#") -> (tree: SchemaTree, removed: [String]) {
        guard case .object(let members) = self else { return (self, []) }
        var kept: [String: SchemaTree] = [:]
        var removed: [String] = []
        for (key, value) in members {
            let counterpart = reference?[key]
            if Self.annotationKeywords.contains(key), counterpart == nil {
                removed.append(path + "/" + key)
                continue
            }
            let inner = path + "/" + key
            if Self.schemaMapKeywords.contains(key), case .object(let subschemas) = value {
                var map: [String: SchemaTree] = [:]
                for (name, subschema) in subschemas {
                    let stripped = subschema.removingAnnotations(absentFrom: counterpart?[name], at: inner + "/" + name)
                    map[name] = stripped.tree
                    removed += stripped.removed
                }
                kept[key] = .object(map)
            } else if Self.subschemaKeywords.contains(key) {
                let stripped = value.removingSubschemaAnnotations(absentFrom: counterpart, at: inner)
                kept[key] = stripped.tree
                removed += stripped.removed
            } else {
                kept[key] = value
            }
        }
        return (.object(kept), removed.sorted())
    }

    /// A subschema, or an array of them (`allOf`, `prefixItems`).
    private func removingSubschemaAnnotations(absentFrom reference: SchemaTree?, at path: String) -> (tree: SchemaTree, removed: [String]) {
        guard case .array(let elements) = self else { return removingAnnotations(absentFrom: reference, at: path) }
        var referenceElements: [SchemaTree] = []
        if case .array(let others) = reference { referenceElements = others }
        var removed: [String] = []
        let stripped = elements.enumerated().map { index, element in
            let result = element.removingAnnotations(absentFrom: index < referenceElements.count ? referenceElements[index] : nil, at: path + "/\(index)")
            removed += result.removed
            return result.tree
        }
        return (.array(stripped), removed)
    }

    /// Compact JSON with sorted keys, for failure messages.
    var description: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let value): return "\(value)"
        case .string(let text): return "\"\(text)\""
        case .array(let elements): return "[" + elements.map(\.description).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.keys.sorted().map { "\"\($0)\":" + members[$0]!.description }.joined(separator: ",") + "}"
        }
    }
}
