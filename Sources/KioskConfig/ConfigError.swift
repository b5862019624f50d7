public import Attendance

/// A configuration that cannot be used, with everything needed to fix it: the file, the line, the key, what
/// was found and what is expected.
///
/// `description` is the English message; `message(in:)` gives it in the kiosk's languages.
public struct ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem it is.
    public enum Kind: String, Hashable, Sendable {
        case unreadable, empty, syntax, unknownSection, unknownKey, wrongType, outOfRange, invalidValue
        /// A `KIOSK_<SECTION>_<KEY>` environment variable that names no key or holds a bad value.
        case badEnvironment
    }

    public var kind: Kind
    /// The file (or `environment` for an override) the problem is in.
    public var file: String
    /// 1-based line in `file`, when known.
    public var line: Int?
    /// `section.key` (or the environment variable's name).
    public var key: String?
    /// The offending text or value.
    public var found: String?
    /// What would be accepted.
    public var expected: String?
    /// "did you mean …" for a misspelt name.
    public var suggestion: String?

    public init(
        _ kind: Kind, file: String, line: Int? = nil, key: String? = nil, found: String? = nil,
        expected: String? = nil, suggestion: String? = nil
    ) {
        self.kind = kind
        self.file = file
        self.line = line
        self.key = key
        self.found = found
        self.expected = expected
        self.suggestion = suggestion
    }

    public var description: String { message(in: .en) }

    /// The full message: `FILE:LINE: what is wrong; what was found; what is expected; how to fix it`.
    public func message(in language: Language) -> String {
        let es = language == .es
        var where_ = file
        if let line { where_ += ":\(line)" }
        let key = self.key ?? ""
        var what: String
        switch kind {
        case .unreadable:
            what = es ? "no se puede leer el archivo" : "cannot read the file"
        case .empty:
            what = es
                ? "el archivo está vacío; restáurelo (git checkout kiosk.conf) o bórrelo para usar los valores por defecto"
                : "the file is empty; restore it (git checkout kiosk.conf) or delete it to use the built-in defaults"
        case .syntax:
            what = es ? "error de sintaxis TOML" : "TOML syntax error"
        case .unknownSection:
            what = es ? "sección desconocida [\(key)]" : "unknown section [\(key)]"
        case .unknownKey:
            what = es ? "clave desconocida '\(key)'" : "unknown key '\(key)'"
        case .wrongType:
            what = es ? "tipo incorrecto en '\(key)'" : "wrong type for '\(key)'"
        case .outOfRange:
            what = es ? "valor fuera de rango en '\(key)'" : "value out of range for '\(key)'"
        case .invalidValue:
            what = es ? "valor no válido en '\(key)'" : "invalid value for '\(key)'"
        case .badEnvironment:
            what = es ? "variable de entorno incorrecta \(key)" : "bad environment variable \(key)"
        }
        var parts = ["\(where_): \(what)"]
        if let found { parts.append(es ? "encontrado: \(found)" : "found: \(found)") }
        if let expected { parts.append(es ? "se esperaba: \(expected)" : "expected: \(expected)") }
        if let suggestion { parts.append(es ? "¿quiso decir '\(suggestion)'?" : "did you mean '\(suggestion)'?") }
        return parts.joined(separator: "; ")
    }
}
