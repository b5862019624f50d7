public import Vocabulary

/// A configuration that cannot be used, with everything needed to fix it: the file, the line, the key, what
/// was found and what is expected.
///
/// `message(in:)` and `fix(in:)` speak the kiosk's languages; `description` is the English message (it names
/// only the configuration file, its line and key, and the value found there: kiosk.conf holds no secrets);
/// `debugDescription` adds the code and where in the loader the error was raised.
///
/// ## Topics
/// - ``Code``
public struct ConfigError: Error, Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    LocalizedMessage
{
    /// What kind of problem it is, as a stable value to switch on.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Internal: String, Hashable, Sendable {
            case unreadable, empty, syntax, unknownSection, unknownKey, wrongType, outOfRange, invalidValue
            case badEnvironment
        }
        let value: Internal

        /// The file cannot be read (missing, a folder, no permission, not UTF-8).
        public static let unreadable = Code(value: .unreadable)
        /// The file holds nothing but blanks.
        public static let empty = Code(value: .empty)
        /// The file is not valid TOML.
        public static let syntax = Code(value: .syntax)
        /// A `[section]` the kiosk does not know.
        public static let unknownSection = Code(value: .unknownSection)
        /// A key the kiosk does not know.
        public static let unknownKey = Code(value: .unknownKey)
        /// A value of the wrong type (text where a number goes).
        public static let wrongType = Code(value: .wrongType)
        /// A number outside the accepted range.
        public static let outOfRange = Code(value: .outOfRange)
        /// A value of the right type that cannot be used (an unknown time zone, an empty path).
        public static let invalidValue = Code(value: .invalidValue)
        /// A `KIOSK_<SECTION>_<KEY>` environment variable that names no key or holds a bad value.
        public static let badEnvironment = Code(value: .badEnvironment)

        /// The code's name, e.g. `unknownKey`.
        public var description: String { value.rawValue }
    }

    /// What kind of problem it is.
    public let code: Code
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
    /// Where in the loader the error was raised (`fileID:line`), for `debugDescription`.
    public let raisedAt: String

    /// Creates an error; `raisedAt` records the caller's source location.
    public init(
        _ code: Code, file: String, line: Int? = nil, key: String? = nil, found: String? = nil,
        expected: String? = nil, suggestion: String? = nil, sourceFile: String = #fileID, sourceLine: Int = #line
    ) {
        self.code = code
        self.file = file
        self.line = line
        self.key = key
        self.found = found
        self.expected = expected
        self.suggestion = suggestion
        raisedAt = "\(sourceFile):\(sourceLine)"
    }

    /// The English message.
    public var description: String { message(in: .en) }

    /// The code, the message and where the error was raised.
    public var debugDescription: String { "ConfigError.\(code): \(message(in: .en)) - raised at \(raisedAt)" }

    /// The full message: `FILE:LINE: what is wrong; what was found; what is expected; did you mean …`.
    public func message(in language: Language) -> String {
        var where_ = file
        if let line { where_ += ":\(line)" }
        let key = self.key ?? ""
        let what: Bilingual
        switch code.value {
        case .unreadable: what = Bilingual(es: "no se puede leer el archivo", en: "cannot read the file")
        case .empty: what = Bilingual(es: "el archivo está vacío", en: "the file is empty")
        case .syntax: what = Bilingual(es: "error de sintaxis TOML", en: "TOML syntax error")
        case .unknownSection: what = Bilingual(es: "sección desconocida [\(key)]", en: "unknown section [\(key)]")
        case .unknownKey: what = Bilingual(es: "clave desconocida '\(key)'", en: "unknown key '\(key)'")
        case .wrongType: what = Bilingual(es: "tipo incorrecto en '\(key)'", en: "wrong type for '\(key)'")
        case .outOfRange: what = Bilingual(es: "valor fuera de rango en '\(key)'", en: "value out of range for '\(key)'")
        case .invalidValue: what = Bilingual(es: "valor no válido en '\(key)'", en: "invalid value for '\(key)'")
        case .badEnvironment: what = Bilingual(es: "variable de entorno incorrecta \(key)", en: "bad environment variable \(key)")
        }
        var parts = ["\(where_): \(what.text(language))"]
        if let found { parts.append(Bilingual(es: "encontrado: \(found)", en: "found: \(found)").text(language)) }
        if let expected { parts.append(Bilingual(es: "se esperaba: \(expected)", en: "expected: \(expected)").text(language)) }
        if let suggestion {
            parts.append(Bilingual(es: "¿quiso decir '\(suggestion)'?", en: "did you mean '\(suggestion)'?").text(language))
        }
        return parts.joined(separator: "; ")
    }

    /// What to do: edit the named line, restore the file, or fix the environment variable.
    public func fix(in language: Language) -> String? {
        let documented = Bilingual(es: "cada clave está documentada en el propio kiosk.conf",
                                   en: "every key is documented in kiosk.conf itself").text(language)
        let fix: Bilingual
        switch code.value {
        case .unreadable:
            fix = Bilingual(es: "Compruebe la ruta (--config o KIOSK_CONFIG), que sea un archivo de texto UTF-8 y que el usuario del quiosco pueda leerlo.",
                            en: "Check the path (--config or KIOSK_CONFIG), that it is a UTF-8 text file and that the kiosk's user can read it.")
        case .empty:
            fix = Bilingual(es: "Restáurelo (git checkout kiosk.conf) o bórrelo para usar los valores por defecto.",
                            en: "Restore it (git checkout kiosk.conf) or delete it to use the built-in defaults.")
        case .syntax:
            fix = Bilingual(es: "Corrija esa línea: clave = valor, con los textos entre comillas.",
                            en: "Fix that line: key = value, with text in quotes.")
        case .unknownSection:
            fix = Bilingual(es: "Corrija el nombre de la sección o bórrela; \(documented).",
                            en: "Correct the section's name or remove it; \(documented).")
        case .unknownKey:
            fix = Bilingual(es: "Corrija el nombre de la clave o bórrela; \(documented).",
                            en: "Correct the key's name or remove it; \(documented).")
        case .wrongType, .outOfRange, .invalidValue:
            fix = Bilingual(es: "Ponga en esa línea un valor como el esperado; \(documented).",
                            en: "Put a value as expected on that line; \(documented).")
        case .badEnvironment:
            fix = Bilingual(es: "Corrija o quite la variable; se llaman KIOSK_<SECCIÓN>_<CLAVE> y admiten los valores de kiosk.conf.",
                            en: "Correct or unset the variable; they are named KIOSK_<SECTION>_<KEY> and take kiosk.conf's values.")
        }
        return fix.text(language)
    }

    /// Errors compare by what they report, not by where in the loader they were raised.
    public static func == (lhs: ConfigError, rhs: ConfigError) -> Bool {
        lhs.code == rhs.code && lhs.file == rhs.file && lhs.line == rhs.line && lhs.key == rhs.key
            && lhs.found == rhs.found && lhs.expected == rhs.expected && lhs.suggestion == rhs.suggestion
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(file)
        hasher.combine(line)
        hasher.combine(key)
    }
}
