public import Vocabulary

/// A sync or registration failure: what went wrong in the kiosk's languages, and what to do about it.
///
/// `description` names only the code and the HTTP status (no host, path or server text: it goes to logs);
/// the message, the fix and `debugDescription` carry the detail.
///
/// ## Topics
/// - ``Code``
public struct SyncError: Error, CustomStringConvertible, CustomDebugStringConvertible, Sendable, LocalizedMessage {
    /// What failed, as a stable value to switch on.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Internal: String, Hashable, Sendable {
            case configuration, unreachable, unauthorized, server, badAnswer, local
        }
        let value: Internal

        /// `[server]` settings or the token file are wrong.
        public static let configuration = Code(value: .configuration)
        /// The server could not be reached (network, DNS, TLS, timeout).
        public static let unreachable = Code(value: .unreachable)
        /// The server refused the token (401): the kiosk must be registered again.
        public static let unauthorized = Code(value: .unauthorized)
        /// The server answered an error status.
        public static let server = Code(value: .server)
        /// The server's answer could not be read.
        public static let badAnswer = Code(value: .badAnswer)
        /// The kiosk's own database or gallery failed while applying what the server sent.
        public static let local = Code(value: .local)

        /// The code's name, e.g. `unreachable`.
        public var description: String { value.rawValue }
    }

    /// What failed.
    public let code: Code
    /// HTTP status, when the server answered.
    public let status: Int?
    /// Seconds the server asked to wait (`Retry-After`).
    public let retryAfter: Double?
    /// What happened, with the host, file or server's words involved.
    let text: Bilingual
    /// Where the error was raised.
    public let file: String
    /// Line where the error was raised.
    public let line: Int

    init(
        _ code: Code, _ english: String, _ spanish: String, status: Int? = nil, retryAfter: Double? = nil,
        file: String = #fileID, line: Int = #line
    ) {
        self.code = code
        text = Bilingual(es: spanish, en: english)
        self.status = status
        self.retryAfter = retryAfter
        self.file = file
        self.line = line
    }

    /// What happened, in `language`.
    public func message(in language: Language) -> String { text.text(language) }

    /// What to do, in `language`.
    public func fix(in language: Language) -> String? {
        let fix: Bilingual
        switch code.value {
        case .configuration:
            fix = Bilingual(es: "Corrija [server] en kiosk.conf o el fichero de token y vuelva a intentarlo.",
                            en: "Correct [server] in kiosk.conf or the token file, then try again.")
        case .unreachable:
            fix = Bilingual(es: "Compruebe la red y [server] url; los fichajes esperan en la cola del quiosco y se envían solos.",
                            en: "Check the network and [server] url; punches wait in the kiosk's queue and are sent by themselves.")
        case .unauthorized:
            fix = Bilingual(es: "Registre de nuevo el quiosco con `kiosk register` y un código nuevo del administrador.",
                            en: "Register the kiosk again with `kiosk register` and a new code from the administrator.")
        case .server:
            fix = Bilingual(es: "Si se repite, avise al administrador del servidor con la hora del fallo.",
                            en: "If it repeats, tell the server's administrator the time it happened.")
        case .badAnswer:
            fix = Bilingual(es: "Ponga el quiosco y el servidor en versiones que hablen el mismo protocolo.",
                            en: "Run kiosk and server versions that speak the same protocol.")
        case .local:
            fix = Bilingual(es: "Ejecute `kiosk diagnose` para revisar la base de datos del quiosco.",
                            en: "Run `kiosk diagnose` to check the kiosk's database.")
        }
        return fix.text(language)
    }

    /// The code and status only: safe for logs.
    public var description: String { "SyncError.\(code)" + (status.map { " (HTTP \($0))" } ?? "") }

    /// The code, status, English message and where the error was raised.
    public var debugDescription: String { "\(description): \(text.en) - raised at \(file):\(line)" }
}
