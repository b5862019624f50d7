import APIContract
import Foundation

/// Checks values against the JSON Schemas of the OpenAPI document (the subset the document uses: `$ref`,
/// `type`, `enum`, `properties`, `required`, `additionalProperties`, `items`, `minItems`/`maxItems`,
/// `minLength`/`maxLength` in code points, `pattern` matched against the whole string, `minimum`/`maximum`,
/// and the formats `uuid`, `date`, `date-time`, `int32`, `int64`).
///
/// The generated server code decodes types but checks none of these bounds; this check runs before it, so a
/// handler only ever sees values the document allows.
struct SchemaValidator: Sendable {
    /// The whole document, for `$ref`.
    let document: JSONValue
    /// Every `pattern` of the document, compiled once.
    private let patterns: [String: CompiledPattern]

    init(document: JSONValue) throws {
        self.document = document
        var found: [String: CompiledPattern] = [:]
        func collect(_ value: JSONValue) throws {
            switch value {
            case .object(let members):
                if case .string(let pattern)? = members["pattern"], found[pattern] == nil {
                    found[pattern] = try CompiledPattern(pattern)
                }
                for member in members.values { try collect(member) }
            case .array(let items):
                for item in items { try collect(item) }
            default:
                break
            }
        }
        try collect(document)
        patterns = found
    }

    /// Resolves a local `$ref` (`#/components/schemas/Key`).
    func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSONValue? = document
        for part in reference.dropFirst(2).split(separator: "/") {
            node = node?[String(part).replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")]
        }
        return node
    }

    /// Follows `$ref`s until a schema without one.
    func dereference(_ schema: JSONValue) -> JSONValue {
        var current = schema
        var hops = 0
        while let reference = current["$ref"]?.stringValue, let target = resolve(reference), hops < 32 {
            current = target
            hops += 1
        }
        return current
    }

    /// Throws the first violation of `schema` by `value`, named from `location`.
    func check(_ value: JSONValue, against schema: JSONValue, at location: String) throws {
        let schema = dereference(schema)
        if let allowed = schema["enum"], case .array(let options) = allowed, !options.contains(value) {
            let names = options.map { $0.stringValue ?? "\($0)" }.joined(separator: ", ")
            throw SchemaViolation(location: location, problem: "\(quoted(value)) is not one of \(names)")
        }
        if let type = schema["type"] {
            let types: [String] = switch type {
            case .string(let one): [one]
            case .array(let many): many.compactMap(\.stringValue)
            default: []
            }
            guard types.contains(where: { fits(value, type: $0) }) else {
                throw SchemaViolation(location: location, problem: "expected \(types.map(article).joined(separator: " or ")), found \(value.typeName)")
            }
        }
        switch value {
        case .string(let text): try checkString(text, schema, location)
        case .integer, .number: try checkNumber(value, schema, location)
        case .array(let items): try checkArray(items, schema, location)
        case .object(let members): try checkObject(members, schema, location)
        case .null, .bool: break
        }
    }

    private func fits(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("string", .string), ("array", .array), ("object", .object),
             ("number", .integer), ("number", .number), ("integer", .integer):
            true
        case ("integer", .number(let number)):
            number.rounded() == number && abs(number) < 9.2e18
        default:
            false
        }
    }

    private func article(_ type: String) -> String {
        ["integer": "an integer", "array": "an array", "object": "an object"][type] ?? "a \(type)"
    }

    private func quoted(_ value: JSONValue) -> String {
        if case .string(let text) = value { return "'\(text.debugDescription.dropFirst().dropLast())'" }
        if case .integer(let number) = value { return String(number) }
        if case .number(let number) = value { return String(number) }
        return value.typeName
    }

    private func checkString(_ text: String, _ schema: JSONValue, _ location: String) throws {
        let length = text.unicodeScalars.count
        if case .integer(let minimum)? = schema["minLength"], length < minimum {
            throw SchemaViolation(location: location, problem: "\(length) characters; at least \(minimum)")
        }
        if case .integer(let maximum)? = schema["maxLength"], length > maximum {
            throw SchemaViolation(location: location, problem: "\(length) characters; at most \(maximum)")
        }
        if let pattern = schema["pattern"]?.stringValue, let compiled = patterns[pattern], !compiled.matchesWhole(text) {
            let rule = schema["description"]?.stringValue ?? "it must match \(pattern)"
            throw SchemaViolation(location: location, problem: "\(quoted(.string(text))) does not fit: \(rule)")
        }
        switch schema["format"]?.stringValue {
        case "uuid" where UUID(uuidString: text) == nil || text.utf8.count != 36:
            throw SchemaViolation(location: location, problem: "\(quoted(.string(text))) is not a UUID")
        case "date" where !RFC3339.isFullDate(text):
            throw SchemaViolation(location: location, problem: "\(quoted(.string(text))) is not a YYYY-MM-DD date")
        case "date-time" where RFC3339.date(from: text) == nil:
            throw SchemaViolation(location: location, problem: "\(quoted(.string(text))) is not an RFC 3339 date-time (2024-06-03T08:03:00Z)")
        default:
            break
        }
    }

    private func checkNumber(_ value: JSONValue, _ schema: JSONValue, _ location: String) throws {
        let number: Double = switch value {
        case .integer(let integer): Double(integer)
        case .number(let double): double
        default: 0
        }
        var lower: Double? = schema["minimum"].flatMap(Self.double)
        var upper: Double? = schema["maximum"].flatMap(Self.double)
        if schema["type"]?.stringValue == "integer" {
            let bits: Double = schema["format"]?.stringValue == "int32" ? 2_147_483_647 : 9_223_372_036_854_775_807
            lower = max(lower ?? -bits - 1, -bits - 1)
            upper = min(upper ?? bits, bits)
        }
        if let lower, number < lower {
            throw SchemaViolation(location: location, problem: "\(quoted(value)) is below the minimum \(Self.text(lower))")
        }
        if let upper, number > upper {
            throw SchemaViolation(location: location, problem: "\(quoted(value)) is above the maximum \(Self.text(upper))")
        }
        if case .number(let double) = value, !double.isFinite {
            throw SchemaViolation(location: location, problem: "not a finite number")
        }
    }

    private static func double(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let integer): Double(integer)
        case .number(let double): double
        default: nil
        }
    }

    private static func text(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e18 ? String(Int64(value)) : String(value)
    }

    private func checkArray(_ items: [JSONValue], _ schema: JSONValue, _ location: String) throws {
        if case .integer(let maximum)? = schema["maxItems"], items.count > maximum {
            throw SchemaViolation(location: location, problem: "\(items.count) items; at most \(maximum)")
        }
        if case .integer(let minimum)? = schema["minItems"], items.count < minimum {
            throw SchemaViolation(location: location, problem: "\(items.count) items; at least \(minimum)")
        }
        if let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() { try check(item, against: itemSchema, at: "\(location)[\(index)]") }
        }
    }

    private func checkObject(_ members: [String: JSONValue], _ schema: JSONValue, _ location: String) throws {
        let properties: [String: JSONValue] = if case .object(let known)? = schema["properties"] { known } else { [:] }
        if case .array(let required)? = schema["required"] {
            for case .string(let name) in required where members[name] == nil {
                throw SchemaViolation(location: "\(location).\(name)", problem: "required, but missing")
            }
        }
        for name in members.keys.sorted() {
            let value = members[name] ?? .null
            if let propertySchema = properties[name] {
                try check(value, against: propertySchema, at: "\(location).\(name)")
            } else if case .bool(false)? = schema["additionalProperties"] {
                throw SchemaViolation(location: location, problem: "unknown field '\(name)'; the fields are \(properties.keys.sorted().joined(separator: ", "))")
            } else if let extra = schema["additionalProperties"], case .object = extra {
                try check(value, against: extra, at: "\(location).\(name)")
            }
        }
    }
}
