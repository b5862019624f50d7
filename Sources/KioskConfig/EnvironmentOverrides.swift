import TOMLKit

/// `KIOSK_<SECTION>_<KEY>` variables, e.g. `KIOSK_RECOGNITION_THRESHOLD=0.45`, applied over the file.
enum EnvironmentOverrides {
    /// Applies every override to `table`; returns `section.key` → variable name for the messages of later
    /// validation.
    static func apply(
        _ environment: [String: String], to table: TOMLTable, schema: ConfigSchema
    ) throws(ConfigError) -> [String: String] {
        var known: [String: (section: String, key: String, type: TOMLType)] = [:]
        for section in schema.sections {
            for (key, type) in schema.keys(in: section) ?? [:] {
                known["KIOSK_\(section.uppercased())_\(key.uppercased())"] = (section, key, type)
            }
        }
        var applied: [String: String] = [:]
        for (name, text) in environment.sorted(by: { $0.key < $1.key })
        where name.hasPrefix("KIOSK_") && name != ConfigLoader.fileVariable {
            guard let target = known[name] else {
                throw ConfigError(.badEnvironment, file: "environment", key: name, found: "\(name)=\(text)",
                                  expected: "KIOSK_<SECTION>_<KEY> naming a key of kiosk.conf",
                                  suggestion: NearestName.suggestion(for: name, among: known.keys))
            }
            guard let value = parse(text, as: target.type), let section = table[target.section]?.table else {
                throw ConfigError(.badEnvironment, file: "environment", key: name, found: "\"\(text)\"",
                                  expected: ConfigSchema.typeName(target.type))
            }
            section[target.key] = value
            applied["\(target.section).\(target.key)"] = name
        }
        return applied
    }

    private static func parse(_ text: String, as type: TOMLType) -> (any TOMLValueConvertible)? {
        let trimmed = text.trimmingWhitespace()
        switch type {
        case .string: return text
        case .int: return Int(trimmed)
        case .double: return Double(trimmed)
        case .bool:
            switch trimmed.lowercased() {
            case "true", "1", "yes", "on": return true
            case "false", "0", "no", "off": return false
            default: return nil
            }
        default: return nil
        }
    }
}
