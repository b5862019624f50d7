public import Foundation
import TOMLKit

/// Reads `kiosk.conf`: TOML over the built-in defaults, then `KIOSK_<SECTION>_<KEY>` environment overrides,
/// then validation. Every failure is a `ConfigError` naming the file, the line and the key.
///
/// For example:
/// ```swift
/// let configuration = try ConfigLoader.load(file: "kiosk.conf", environment: ProcessInfo.processInfo.environment)
/// ```
public enum ConfigLoader {
    /// Environment variable naming the configuration file; not an override.
    public static let fileVariable = "KIOSK_CONFIG"

    /// Loads a configuration file, or the built-in defaults when `file` is nil, and applies the overrides.
    ///
    /// Relative paths in the result (database, models, logs, replay) are made absolute against the file's
    /// folder, or against `baseDirectory` when there is no file.
    /// - Throws: `ConfigError`.
    public static func load(
        file: String?, environment: [String: String], baseDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(ConfigError) -> KioskConfiguration {
        guard let file else {
            return try load(text: "", fileName: "(built-in defaults)", environment: environment, baseDirectory: baseDirectory)
        }
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            throw ConfigError(.unreadable, file: file, found: reason,
                              expected: "a readable UTF-8 TOML file (check the path and its permissions)")
        }
        guard !text.trimmingWhitespace().isEmpty else { throw ConfigError(.empty, file: file) }
        let folder = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: baseDirectory, isDirectory: true))
            .deletingLastPathComponent().path
        return try load(text: text, fileName: file, environment: environment, baseDirectory: folder)
    }

    /// Loads configuration text; `fileName` is used in messages only.
    /// - Throws: `ConfigError`.
    public static func load(
        text: String, fileName: String, environment: [String: String], baseDirectory: String
    ) throws(ConfigError) -> KioskConfiguration {
        let lines = KeyLineIndex(text: text)
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigError(.syntax, file: fileName, line: error.source.begin.line, found: error.description,
                              expected: "valid TOML: key = value lines under [section] headers")
        } catch {
            throw ConfigError(.syntax, file: fileName, found: String(describing: error))
        }
        let schema = ConfigSchema()
        try checkKeys(of: table, against: schema, fileName: fileName, lines: lines)
        schema.fillMissing(in: table)
        let overridden = try EnvironmentOverrides.apply(environment, to: table, schema: schema)

        var configuration: KioskConfiguration
        do {
            configuration = try TOMLDecoder().decode(KioskConfiguration.self, from: table)
        } catch {
            // checkKeys has matched every value to the schema's type, so this is a programming error.
            preconditionFailure("kiosk.conf decoding failed after schema checks: \(error)")
        }
        if let problem = configuration.firstProblem() {
            if let variable = overridden[problem.path] {
                throw ConfigError(.badEnvironment, file: "environment", key: variable, found: problem.found,
                                  expected: problem.expected)
            }
            throw ConfigError(problem.kind, file: fileName, line: lines.line(of: problem.path), key: problem.path,
                              found: problem.found, expected: problem.expected)
        }
        configuration.resolvePaths(against: baseDirectory)
        return configuration
    }

    /// Unknown sections and keys, and values of the wrong type, with their lines. Integers given where a
    /// number is expected are converted in place.
    private static func checkKeys(
        of table: TOMLTable, against schema: ConfigSchema, fileName: String, lines: KeyLineIndex
    ) throws(ConfigError) {
        for sectionName in table.keys {
            guard let expectedKeys = schema.keys(in: sectionName) else {
                throw ConfigError(.unknownSection, file: fileName, line: lines.line(of: sectionName), key: sectionName,
                                  expected: "one of " + schema.sections.map { "[\($0)]" }.joined(separator: ", "),
                                  suggestion: NearestName.suggestion(for: sectionName, among: schema.sections))
            }
            guard let section = table[sectionName]?.table else {
                throw ConfigError(.wrongType, file: fileName, line: lines.line(of: sectionName), key: sectionName,
                                  found: table[sectionName].map(ConfigSchema.render) ?? "",
                                  expected: "a [\(sectionName)] section")
            }
            for key in section.keys {
                let path = "\(sectionName).\(key)"
                guard let type = expectedKeys[key] else {
                    throw ConfigError(.unknownKey, file: fileName, line: lines.line(of: path), key: path,
                                      found: "\(key) = " + (section[key].map(ConfigSchema.render) ?? ""),
                                      expected: "a key of [\(sectionName)]: " + expectedKeys.keys.sorted().joined(separator: ", "),
                                      suggestion: NearestName.suggestion(for: key, among: expectedKeys.keys))
                }
                guard let value = section[key] else { continue }
                if value.type == type { continue }
                if type == .double, let integer = value.int {
                    section[key] = Double(integer)
                    continue
                }
                throw ConfigError(.wrongType, file: fileName, line: lines.line(of: path), key: path,
                                  found: "\(ConfigSchema.typeName(value.type)) \(ConfigSchema.render(value))",
                                  expected: ConfigSchema.typeName(type))
            }
        }
    }
}
