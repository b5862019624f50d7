public import Attendance
public import TerminalUI
public import Vocabulary

/// The technician's registration of this kiosk: the server's URL (pre-filled with `[server] url`) and the
/// one-time code from the administrator; Enter on the code sends them (the same registration as
/// `kiosk register`).
public struct RegistrationForm: Hashable, Sendable {
    /// What a key asks the screen to do.
    public enum Action: Hashable, Sendable {
        case none
        /// The key cannot be taken now: ring the bell.
        case refused
        /// Esc: close the form.
        case cancel
        /// Redeem the code at the server.
        case submit(serverURL: String, code: String)
    }

    /// The server's base URL.
    public private(set) var server: TextEntry
    /// The one-time code (digits and '-').
    public private(set) var code = TextEntry(.code, maximumLength: 128)
    /// True while the code field has the cursor (false: the URL field).
    public private(set) var isOnCode: Bool
    /// True while the server answers.
    public private(set) var isSending = false
    /// The last refusal (empty code, the server's answer).
    public private(set) var message: String?

    /// A form with the URL field holding `serverURL`; the cursor starts on the code when there is one.
    public init(serverURL: String) {
        server = TextEntry(.text, maximumLength: 200, text: serverURL)
        isOnCode = !serverURL.isEmpty
    }

    /// Applies one key: Tab or ↑/↓ move between the fields, Enter on the URL moves to the code, Enter on the
    /// code sends, Esc cancels (not while sending).
    public mutating func handle(_ key: Key, language: Language) -> Action {
        if isSending { return .refused }
        switch key {
        case .escape:
            return .cancel
        case .tab, .backTab, .up, .down:
            isOnCode.toggle()
            return .none
        case .enter:
            guard isOnCode else {
                isOnCode = true
                return .none
            }
            guard !code.trimmed.isEmpty else {
                message = Bilingual(es: "Escriba el código de registro que dio el administrador",
                                    en: "Type the registration code the administrator gave").text(language)
                return .refused
            }
            isSending = true
            message = nil
            return .submit(serverURL: server.trimmed, code: code.trimmed)
        default:
            if isOnCode { _ = code.handle(key) } else { _ = server.handle(key) }
            return .none
        }
    }

    /// The server refused or could not be reached: show why and let the technician try again.
    public mutating func refuse(_ text: String) {
        isSending = false
        message = text
    }

    /// The form's lines, each with its style.
    public func lines(_ language: Language) -> [(String, Style)] {
        var lines: [(String, Style)] = [
            (Bilingual(es: "Registrar este quiosco en el servidor central",
                       en: "Register this kiosk with the central server").text(language), Style(.title)),
            ("", Style(.normal)),
            (Bilingual(es: "Servidor: ",
                       en: "Server: ").text(language) + (isOnCode ? server.text : server.shown), Style(isOnCode ? .normal : .selection)),
            (Bilingual(es: "Código: ", en: "Code: ").text(language) + (isOnCode ? code.shown : code.text), Style(isOnCode ? .selection : .normal)),
            ("", Style(.normal)),
            (Bilingual(es: "Tab cambia de campo, Intro envía, Esc cancela. El token se guarda en [server] token_file (permisos 0600).",
                       en: "Tab switches fields, Enter sends, Esc cancels. The token is saved in [server] token_file (mode 0600).").text(language), Style(.muted)),
        ]
        if isSending {
            lines.append((Bilingual(es: "Registrando…", en: "Registering…").text(language), Style(.info)))
        }
        if let message {
            lines.append(("✗ " + message, Style(.error)))
        }
        return lines
    }
}
