public import Vocabulary

/// A failure of the face engine: a model file, a photo, or dlib itself.
///
/// `message(in:)` says what went wrong and where, `fix(in:)` what to do next; `description` is both in English.
/// `debugDescription` adds the code, the underlying detail and the source line.
///
/// ## Topics
/// ### Codes
/// - ``Code``
public struct FaceEngineError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    LocalizedMessage
{
    /// What kind of failure this is; compare with the static members (`.modelFileMissing`, …).
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Internal: String, Sendable {
            case checksumsMissing, checksumEntryMissing, modelFileMissing, modelFileTruncated
            case modelFileWrongSize, modelChecksumMismatch, modelLoadFailed, imageUnreadable, dlibFailure
        }

        let value: Internal

        /// `SHA256SUMS` is absent from the models folder.
        public static let checksumsMissing = Code(value: .checksumsMissing)
        /// `SHA256SUMS` has no line for a model file.
        public static let checksumEntryMissing = Code(value: .checksumEntryMissing)
        /// A model file does not exist.
        public static let modelFileMissing = Code(value: .modelFileMissing)
        /// A model file is shorter than the release's file (an interrupted download).
        public static let modelFileTruncated = Code(value: .modelFileTruncated)
        /// A model file is longer than the release's file.
        public static let modelFileWrongSize = Code(value: .modelFileWrongSize)
        /// A model file's SHA-256 differs from `SHA256SUMS`.
        public static let modelChecksumMismatch = Code(value: .modelChecksumMismatch)
        /// dlib could not build the networks from verified files.
        public static let modelLoadFailed = Code(value: .modelLoadFailed)
        /// A photo could not be read or decoded.
        public static let imageUnreadable = Code(value: .imageUnreadable)
        /// dlib failed while processing a frame.
        public static let dlibFailure = Code(value: .dlibFailure)

        /// The code's name, e.g. `modelFileMissing`.
        public var description: String { value.rawValue }
    }

    /// What kind of failure this is.
    public let code: Code
    /// The file involved (model, checksum list or photo), if any.
    public let path: String?
    /// The underlying detail: dlib's text, or the sizes and hashes compared.
    public let detail: String
    /// Where the error was raised.
    public let file: String
    /// Where the error was raised.
    public let line: Int

    package init(_ code: Code, path: String? = nil, detail: String = "", file: String = #fileID, line: Int = #line) {
        self.code = code
        self.path = path
        self.detail = detail
        self.file = file
        self.line = line
    }

    /// What went wrong, in `language`, naming the file.
    public func message(in language: Language) -> String {
        let path = path ?? "?"
        let text: Bilingual
        switch code.value {
        case .checksumsMissing:
            text = Bilingual(es: "Falta la lista de sumas \(path).", en: "The checksum list \(path) is missing.")
        case .checksumEntryMissing:
            text = Bilingual(es: "La lista de sumas no tiene línea para \(path).", en: "The checksum list has no line for \(path).")
        case .modelFileMissing:
            text = Bilingual(es: "Falta el fichero de modelo \(path).", en: "The model file \(path) is missing.")
        case .modelFileTruncated:
            text = Bilingual(es: "El fichero de modelo \(path) está truncado (\(detail)).",
                             en: "The model file \(path) is truncated (\(detail)).")
        case .modelFileWrongSize:
            text = Bilingual(es: "El fichero de modelo \(path) tiene un tamaño incorrecto (\(detail)).",
                             en: "The model file \(path) has the wrong size (\(detail)).")
        case .modelChecksumMismatch:
            text = Bilingual(es: "El fichero de modelo \(path) está dañado o es otra versión (su SHA-256 no coincide).",
                             en: "The model file \(path) is damaged or a different version (its SHA-256 does not match).")
        case .modelLoadFailed:
            text = Bilingual(es: "dlib no pudo cargar los modelos de \(path): \(detail).",
                             en: "dlib could not load the models in \(path): \(detail).")
        case .imageUnreadable:
            text = Bilingual(es: "No se puede leer la foto \(path): \(detail).", en: "The photo \(path) cannot be read: \(detail).")
        case .dlibFailure:
            text = Bilingual(es: "Falló el motor facial: \(detail).", en: "The face engine failed: \(detail).")
        }
        return text.text(language)
    }

    /// What to do, in `language`.
    public func fix(in language: Language) -> String? {
        let fix: Bilingual
        switch code.value {
        case .checksumsMissing, .checksumEntryMissing, .modelFileMissing, .modelFileTruncated, .modelFileWrongSize,
             .modelChecksumMismatch, .modelLoadFailed:
            fix = Bilingual(es: "Ejecute scripts/bootstrap para descargar y verificar de nuevo los modelos.",
                            en: "Run scripts/bootstrap to fetch and verify the models again.")
        case .imageUnreadable:
            fix = Bilingual(es: "Use un fichero JPEG o PNG.", en: "Use a JPEG or PNG file.")
        case .dlibFailure:
            fix = Bilingual(es: "Reinicie el quiosco; si se repite, ejecute kiosk diagnose.",
                            en: "Restart the kiosk; if it repeats, run kiosk diagnose.")
        }
        return fix.text(language)
    }

    /// The English message and its fix.
    public var description: String { sentence(in: .en) }

    /// The code, message, detail and source location.
    public var debugDescription: String {
        "FaceEngineError.\(code) at \(file):\(line): \(description) [detail: \(detail)]"
    }
}
