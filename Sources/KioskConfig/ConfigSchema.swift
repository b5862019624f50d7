import TOMLKit

/// The sections, keys and value types a configuration may hold, read off the defaults themselves so the
/// schema and `KioskConfiguration` cannot drift apart.
struct ConfigSchema {
    /// Section → key → TOML type.
    private let types: [String: [String: TOMLType]]
    /// The defaults, encoded.
    private let defaults: TOMLTable

    init() {
        do {
            defaults = try TOMLEncoder().encode(KioskConfiguration())
        } catch {
            preconditionFailure("the built-in configuration must encode as TOML: \(error)")
        }
        var types: [String: [String: TOMLType]] = [:]
        for section in defaults.keys {
            guard let sectionTable = defaults[section]?.table else { continue }
            for key in sectionTable.keys {
                guard let value = sectionTable[key] else { continue }
                types[section, default: [:]][key] = value.type
            }
        }
        self.types = types
    }

    var sections: [String] { types.keys.sorted() }

    func keys(in section: String) -> [String: TOMLType]? { types[section] }

    /// Adds every key the table lacks, with its default.
    func fillMissing(in table: TOMLTable) {
        for section in self.defaults.keys {
            guard let defaults = self.defaults[section]?.table else { continue }
            if table[section] == nil { table[section] = TOMLTable() }
            guard let target = table[section]?.table else { continue }
            for key in defaults.keys where target[key] == nil {
                target[key] = defaults[key]
            }
        }
    }

    /// A value as it would be written in the file.
    static func render(_ value: any TOMLValueConvertible) -> String {
        if let s = value.string { return "\"\(s)\"" }
        return value.tomlValue.debugDescription
    }

    /// Plain words for a TOML type.
    static func typeName(_ type: TOMLType) -> String {
        switch type {
        case .string: "a string in quotes"
        case .int: "an integer"
        case .double: "a number"
        case .bool: "true or false"
        case .table: "a [section]"
        case .array: "an array"
        default: "a \(type)"
        }
    }
}
