import Camera
import FaceEngine
import KioskConfig
import KioskStore
import KioskSync
public import Vocabulary

/// A failed screen action: what went wrong and what to do, in both of the kiosk's languages.
///
/// Screens show `sentence(in: language)`. `description` names only the kind of failure (the message may
/// quote an employee's code); `debugDescription` adds the English sentence and where the failure was made.
///
/// ## Topics
/// - ``Code``
public struct ScreenFailure: Error, Hashable, Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    LocalizedMessage
{
    /// Where the failure came from, as a stable value to switch on.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Internal: String, Hashable, Sendable {
            case refused, store, sync, camera, faceEngine, configuration, unexpected
        }
        let value: Internal

        /// The runtime refused the action with its own words (no database, a check-in refusal).
        public static let refused = Code(value: .refused)
        /// The kiosk's database failed.
        public static let store = Code(value: .store)
        /// The server sync or registration failed.
        public static let sync = Code(value: .sync)
        /// The camera failed.
        public static let camera = Code(value: .camera)
        /// The face engine failed.
        public static let faceEngine = Code(value: .faceEngine)
        /// The configuration is unusable.
        public static let configuration = Code(value: .configuration)
        /// An error with no words of its own for a person.
        public static let unexpected = Code(value: .unexpected)

        /// The code's name, e.g. `store`.
        public var description: String { value.rawValue }
    }

    /// Where the failure came from.
    public let code: Code
    /// What went wrong.
    let text: Bilingual
    /// What to do, when the message does not already say it.
    let fixText: Bilingual?
    /// Where the failure was made.
    public let file: String
    /// Line where the failure was made.
    public let line: Int

    /// A refusal in the runtime's own words.
    public init(_ message: Bilingual, fix: Bilingual? = nil, file: String = #fileID, line: Int = #line) {
        self.init(code: .refused, text: message, fixText: fix, file: file, line: line)
    }

    /// The failure for `error`, in its own words where it has them (a check-in refusal is already in the
    /// kiosk's language, so it reads the same in both).
    public init(_ error: any Error, file: String = #fileID, line: Int = #line) {
        switch error {
        case let failure as ScreenFailure:
            self = failure
        case let failure as CheckInMessageFailure:
            let sentence = [failure.message.text, failure.message.detail].compactMap { $0 }.joined(separator: ": ")
            self.init(code: .refused, text: Bilingual(es: sentence, en: sentence), fixText: nil, file: file, line: line)
        case let localized as any LocalizedMessage:
            let code: Code =
                switch localized {
                case is StoreError: .store
                case is SyncError: .sync
                case is CameraError: .camera
                case is FaceEngineError: .faceEngine
                case is ConfigError: .configuration
                default: .refused
                }
            self.init(code: code, text: localized.bilingualMessage, fixText: localized.bilingualFix, file: file, line: line)
        default:
            let kind = String(describing: type(of: error))
            self.init(code: .unexpected,
                      text: Bilingual(es: "Fallo inesperado (\(kind)).", en: "Unexpected failure (\(kind))."),
                      fixText: Bilingual(es: "Vuelva a intentarlo; si se repite, ejecute `kiosk diagnose` y revise el registro.",
                                         en: "Try again; if it repeats, run `kiosk diagnose` and read the log."),
                      file: file, line: line)
        }
    }

    private init(code: Code, text: Bilingual, fixText: Bilingual?, file: String, line: Int) {
        self.code = code
        self.text = text
        self.fixText = fixText
        self.file = file
        self.line = line
    }

    /// What went wrong, in `language`.
    public func message(in language: Language) -> String { text.text(language) }

    /// What to do, in `language`.
    public func fix(in language: Language) -> String? { fixText?.text(language) }

    /// The kind of failure only: safe for logs.
    public var description: String { "ScreenFailure.\(code)" }

    /// The kind, the English sentence and where the failure was made.
    public var debugDescription: String { "ScreenFailure.\(code): \(sentence(in: .en)) - made at \(file):\(line)" }

    /// Failures compare by what they say, not by where they were made.
    public static func == (lhs: ScreenFailure, rhs: ScreenFailure) -> Bool {
        lhs.code == rhs.code && lhs.text == rhs.text && lhs.fixText == rhs.fixText
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(text)
    }
}
