/// A failure of the face engine: a model file, a photo, or dlib itself.
///
/// `description` is the English message and `spanishDescription` the Spanish one; both say what went wrong,
/// where, and what to do next. `debugDescription` adds the code, the underlying detail and the source line.
///
/// ## Topics
/// ### Codes
/// - ``Code``
public struct FaceEngineError: Error, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
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

    init(_ code: Code, path: String? = nil, detail: String = "", file: String = #fileID, line: Int = #line) {
        self.code = code
        self.path = path
        self.detail = detail
        self.file = file
        self.line = line
    }

    /// The English message: what is wrong and how to fix it.
    public var description: String {
        let path = path ?? "?"
        let fetch = "Run scripts/bootstrap to fetch and verify the models again."
        switch code.value {
        case .checksumsMissing: return "The checksum list \(path) is missing. \(fetch)"
        case .checksumEntryMissing: return "The checksum list has no line for \(path). \(fetch)"
        case .modelFileMissing: return "The model file \(path) is missing. \(fetch)"
        case .modelFileTruncated: return "The model file \(path) is truncated (\(detail)). \(fetch)"
        case .modelFileWrongSize: return "The model file \(path) has the wrong size (\(detail)). \(fetch)"
        case .modelChecksumMismatch: return "The model file \(path) is damaged or a different version (its SHA-256 does not match). \(fetch)"
        case .modelLoadFailed: return "dlib could not load the models in \(path): \(detail). \(fetch)"
        case .imageUnreadable: return "The photo \(path) cannot be read: \(detail). Use a JPEG or PNG file."
        case .dlibFailure: return "The face engine failed: \(detail). Restart the kiosk; if it repeats, run kiosk diagnose."
        }
    }

    /// The Spanish message: qué falla y cómo arreglarlo.
    public var spanishDescription: String {
        let path = path ?? "?"
        let fetch = "Ejecute scripts/bootstrap para descargar y verificar de nuevo los modelos."
        switch code.value {
        case .checksumsMissing: return "Falta la lista de sumas \(path). \(fetch)"
        case .checksumEntryMissing: return "La lista de sumas no tiene línea para \(path). \(fetch)"
        case .modelFileMissing: return "Falta el fichero de modelo \(path). \(fetch)"
        case .modelFileTruncated: return "El fichero de modelo \(path) está truncado (\(detail)). \(fetch)"
        case .modelFileWrongSize: return "El fichero de modelo \(path) tiene un tamaño incorrecto (\(detail)). \(fetch)"
        case .modelChecksumMismatch: return "El fichero de modelo \(path) está dañado o es otra versión (su SHA-256 no coincide). \(fetch)"
        case .modelLoadFailed: return "dlib no pudo cargar los modelos de \(path): \(detail). \(fetch)"
        case .imageUnreadable: return "No se puede leer la foto \(path): \(detail). Use un fichero JPEG o PNG."
        case .dlibFailure: return "Falló el motor facial: \(detail). Reinicie el quiosco; si se repite, ejecute kiosk diagnose."
        }
    }

    /// The code, message, detail and source location.
    public var debugDescription: String {
        "FaceEngineError.\(code) at \(file):\(line): \(description) [detail: \(detail)]"
    }
}
