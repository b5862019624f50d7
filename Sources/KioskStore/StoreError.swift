import Foundation
public import Attendance
public import Vocabulary

/// An error from the kiosk's local database, with a plain-words message in Spanish and English.
///
/// `message(in:)` says what happened and what to do next (so `fix(in:)` is nil).
/// `description` is deliberately generic (no names, codes or vectors: STYLE.md rule 5); the detail is in
/// `debugDescription`.
///
/// ## Topics
/// - ``Code``
/// - ``message(in:)``
public struct StoreError: Error, CustomStringConvertible, CustomDebugStringConvertible, Sendable, LocalizedMessage {
    /// What went wrong, as a stable value to switch on.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Internal: String, Hashable, Sendable {
            case unknownEmployee, inactiveEmployee, diskFull, readOnly, invalidPINFormat, templateKeyMissing,
                 templateKeyInvalid, invalidTemplate, templateDecryption, missingConsent, invalidCorrection,
                 invalidKioskID, cannotOpen, exportFailed, database
        }
        let base: Internal

        /// The employee code is not in the roster.
        public static let unknownEmployee = Code(base: .unknownEmployee)
        /// The employee exists but is not active (left, suspended).
        public static let inactiveEmployee = Code(base: .inactiveEmployee)
        /// The disk (or the database's size limit) is full; nothing was written.
        public static let diskFull = Code(base: .diskFull)
        /// The database or its folder is read-only; nothing was written.
        public static let readOnly = Code(base: .readOnly)
        /// A PIN is not 4 to 8 digits.
        public static let invalidPINFormat = Code(base: .invalidPINFormat)
        /// Face templates exist but the key file that decrypts them is missing.
        public static let templateKeyMissing = Code(base: .templateKeyMissing)
        /// The template key file exists but does not hold a 256-bit key.
        public static let templateKeyInvalid = Code(base: .templateKeyInvalid)
        /// A face template is not 128 finite numbers.
        public static let invalidTemplate = Code(base: .invalidTemplate)
        /// A stored template could not be decrypted with the key file (wrong key or tampered row).
        public static let templateDecryption = Code(base: .templateDecryption)
        /// An enrolment without a consent text version or recorder.
        public static let missingConsent = Code(base: .missingConsent)
        /// A correction without a reason, or voiding an unknown punch.
        public static let invalidCorrection = Code(base: .invalidCorrection)
        /// A kiosk id that is empty or too long.
        public static let invalidKioskID = Code(base: .invalidKioskID)
        /// The database file could not be opened (permissions, missing folder).
        public static let cannotOpen = Code(base: .cannotOpen)
        /// The CSV file could not be written.
        public static let exportFailed = Code(base: .exportFailed)
        /// Any other SQLite error.
        public static let database = Code(base: .database)

        public var description: String { base.rawValue }
    }

    /// What went wrong.
    public let code: Code
    /// The bad value or the thing involved (employee code, path, PIN length); shown in messages and
    /// `debugDescription`, never in `description`.
    public let context: String
    /// The error that caused this one, if any.
    public let underlying: (any Error)?
    /// Where the error was thrown.
    public let file: String
    public let line: Int

    init(_ code: Code, context: String = "", underlying: (any Error)? = nil, file: String = #fileID, line: Int = #line) {
        self.code = code
        self.context = context
        self.underlying = underlying
        self.file = file
        self.line = line
    }

    /// The message for a person, quoting the bad input and saying what to do next.
    public func message(in language: Language) -> String {
        let c = context
        switch (code.base, language) {
        case (.unknownEmployee, .es): return "El código '\(c)' no existe. Revise el código o pida a un supervisor que le dé de alta."
        case (.unknownEmployee, .en): return "Employee code '\(c)' does not exist. Check the code or ask a supervisor to add it."
        case (.inactiveEmployee, .es): return "El empleado '\(c)' está dado de baja y no puede fichar. Hable con su supervisor."
        case (.inactiveEmployee, .en): return "Employee '\(c)' is inactive and cannot punch. Talk to your supervisor."
        case (.diskFull, .es): return "Disco lleno: el fichaje NO se ha guardado. Avise al técnico para liberar espacio (\(c))."
        case (.diskFull, .en): return "Disk full: the punch was NOT saved. Ask the technician to free space (\(c))."
        case (.readOnly, .es): return "La base de datos es de solo lectura: el fichaje NO se ha guardado. Avise al técnico (\(c))."
        case (.readOnly, .en): return "The database is read-only: the punch was NOT saved. Ask the technician (\(c))."
        case (.invalidPINFormat, .es): return "El PIN debe tener de 4 a 8 dígitos (recibido: \(c)). Escriba solo números."
        case (.invalidPINFormat, .en): return "A PIN must be 4 to 8 digits (got: \(c)). Type digits only."
        case (.templateKeyMissing, .es): return "Falta la clave de plantillas '\(c)' y hay plantillas cifradas. Restaure el archivo de clave o borre las plantillas y vuelva a enrolar."
        case (.templateKeyMissing, .en): return "The template key '\(c)' is missing while encrypted templates exist. Restore the key file, or delete the templates and enrol again."
        case (.templateKeyInvalid, .es): return "La clave de plantillas '\(c)' no tiene 32 bytes. Restaure el archivo correcto."
        case (.templateKeyInvalid, .en): return "The template key '\(c)' is not 32 bytes. Restore the right file."
        case (.invalidTemplate, .es): return "Plantilla facial no válida (\(c)): se esperan 128 números finitos."
        case (.invalidTemplate, .en): return "Invalid face template (\(c)): 128 finite numbers expected."
        case (.templateDecryption, .es): return "No se pudo descifrar una plantilla (\(c)). ¿Se cambió el archivo de clave? Borre las biometrías de ese empleado y vuelva a enrolar."
        case (.templateDecryption, .en): return "A template could not be decrypted (\(c)). Was the key file replaced? Delete that employee's biometrics and enrol again."
        case (.missingConsent, .es): return "Falta el consentimiento (\(c)): registre la versión del texto y quién lo recoge antes de enrolar."
        case (.missingConsent, .en): return "Consent missing (\(c)): record the text version and who collected it before enrolling."
        case (.invalidCorrection, .es): return "Corrección no válida: \(c)."
        case (.invalidCorrection, .en): return "Invalid correction: \(c)."
        case (.invalidKioskID, .es): return "Identificador de quiosco no válido '\(c)': de 1 a 64 caracteres visibles."
        case (.invalidKioskID, .en): return "Invalid kiosk id '\(c)': 1 to 64 visible characters."
        case (.cannotOpen, .es): return "No se puede abrir la base de datos '\(c)'. Compruebe la ruta y los permisos de la carpeta."
        case (.cannotOpen, .en): return "Cannot open the database '\(c)'. Check the path and the folder's permissions."
        case (.exportFailed, .es): return "No se pudo escribir el CSV '\(c)'. Compruebe la carpeta y el espacio libre."
        case (.exportFailed, .en): return "Could not write the CSV '\(c)'. Check the folder and the free space."
        case (.database, .es): return "Error de base de datos (\(c)). Ejecute el diagnóstico."
        case (.database, .en): return "Database error (\(c)). Run the diagnostics."
        }
    }

    /// `message(in:)` already ends with what to do.
    public func fix(in language: Language) -> String? { nil }

    public var description: String { "KioskStore error: \(code)" }

    public var debugDescription: String {
        var text = "StoreError.\(code) [\(context)] at \(file):\(line)"
        if let underlying { text += " - underlying: \(String(reflecting: underlying))" }
        return text
    }
}
