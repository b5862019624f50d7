import APIContract
import AsyncHTTPClient
public import Attendance
import Foundation
public import KioskStore
import OpenAPIAsyncHTTPClient
import OpenAPIRuntime
public import Vocabulary

/// Registers this kiosk with the central server: redeems a one-time code (made by the administrator with
/// `POST /api/v1/admin/registration-codes`), writes the token file (mode 0600, never over an existing one)
/// and records the server's kiosk id and site in the kiosk database. Shared by `kiosk register` and the
/// technician screen.
public enum KioskRegistration {
    /// What a registration did.
    public struct Outcome: Sendable, Hashable {
        /// The id the server assigned (it replaced the one generated at first run).
        public var kioskID: String
        /// The id this kiosk had before.
        public var previousKioskID: String
        /// The server's site for this kiosk.
        public var site: String
        /// Where the token was written.
        public var tokenFile: String

        /// What was done, in `language`, for the terminal or the screen.
        public func summary(in language: Language) -> String {
            Bilingual(es: "Quiosco registrado: id \(kioskID) (antes \(previousKioskID)), sede \(site); token guardado en \(tokenFile) (permisos 0600).",
                      en: "Kiosk registered: id \(kioskID) (was \(previousKioskID)), site \(site); token saved in \(tokenFile) (mode 0600).").text(language)
        }
    }

    /// Redeems `code` at the server and keeps what it answers.
    ///
    /// Everything that can be checked here is checked before the code is sent (a redeemed code cannot be
    /// used twice): the URL, the code's and the name's form, and that no token file exists yet.
    ///
    /// - Parameters:
    ///   - serverURL: `[server] url` (https, or http to loopback only).
    ///   - code: the one-time registration code.
    ///   - name: the door's name as the administrator will see it ("Puerta norte").
    ///   - tokenFile: `[server] token_file`.
    ///   - store: the kiosk database.
    ///   - actor: who registers (audited; the technician on the screen).
    /// - Throws: ``SyncError``: `configuration` for an empty or refused URL, a malformed code or name, or an
    ///   existing token file; `server` for a refused code (403), too many wrong codes (429, with
    ///   ``SyncError/retryAfter``) or a request the server refused (400); `unreachable` when the server cannot
    ///   be reached; `local` when the token was saved but the database could not record the new id.
    public static func register(serverURL: String, code: String, name: String, tokenFile: String, store: KioskStore,
                                by actor: EmployeeCode = AuditEntry.systemActor) async throws -> Outcome {
        let trimmedURL = serverURL.trimmingCharacters(in: .whitespaces)
        guard !trimmedURL.isEmpty else {
            throw SyncError(.configuration,
                            "kiosk.conf has no server: set [server] url (e.g. url = \"https://asistencia.example.org\") and register again",
                            "kiosk.conf no tiene servidor: ponga [server] url (p. ej. url = \"https://asistencia.example.org\") y vuelva a registrar")
        }
        let base = try SyncSettings.checkedURL(trimmedURL)
        let cleanCode = code.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...128).contains(cleanCode.count), cleanCode.unicodeScalars.allSatisfy(isCodeCharacter) else {
            throw SyncError(.configuration,
                            "the registration code '\(cleanCode)' is not valid: 1 to 128 letters, digits or '-', as the administrator gave it",
                            "el código de registro '\(cleanCode)' no es válido: de 1 a 128 letras, cifras o '-', tal como lo dio el administrador")
        }
        let cleanName = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...120).contains(cleanName.count), !cleanName.unicodeScalars.contains(where: isControl) else {
            throw SyncError(.configuration,
                            "the kiosk name '\(cleanName)' is not valid: 1 to 120 characters, no control characters (--name or [kiosk] name)",
                            "el nombre del quiosco '\(cleanName)' no es válido: de 1 a 120 caracteres, sin caracteres de control (--name o [kiosk] name)")
        }
        if FileManager.default.fileExists(atPath: tokenFile) { throw TokenFile.alreadyExists(tokenFile) }

        let credentials = try await redeem(code: cleanCode, name: cleanName, at: base)
        try TokenFile.create(tokenFile, token: credentials.token)
        let previous = (try? await store.kioskID()) ?? "unregistered"
        do {
            try await store.recordRegistration(kioskID: credentials.kioskID, site: credentials.site, by: actor)
        } catch let error as StoreError {
            throw SyncError(.local,
                            "the token was saved in \(tokenFile) but the kiosk database could not record id \(credentials.kioskID): \(error.message(in: .en))",
                            "el token se guardó en \(tokenFile) pero la base de datos del quiosco no pudo guardar el id \(credentials.kioskID): \(error.message(in: .es))")
        }
        return Outcome(kioskID: credentials.kioskID, previousKioskID: previous, site: credentials.site, tokenFile: tokenFile)
    }

    /// Removes the token file; queued punches stay queued for the next registration.
    ///
    /// - Returns: false when there was no token file.
    /// - Throws: ``SyncError`` when it exists but cannot be removed.
    @discardableResult
    public static func unregister(tokenFile: String) throws -> Bool {
        try TokenFile.remove(tokenFile)
    }

    /// POSTs the code; every answer but 201 becomes a ``SyncError`` that says what to do.
    private static func redeem(code: String, name: String, at base: URL) async throws -> Components.Schemas.KioskCredentials {
        // No redirects: the code and the token must never be sent to, or come from, another address.
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        defer { Task { try? await http.shutdown() } }
        let api = Client(serverURL: base, configuration: .contract,
                         transport: AsyncHTTPClientTransport(configuration: .init(client: http, timeout: .seconds(30))))
        let host = base.host ?? base.absoluteString
        let output: Operations.RegisterKiosk.Output
        do {
            output = try await api.registerKiosk(.init(body: .json(.init(code: code, name: name))))
        } catch let error as ClientError where error.response != nil {
            throw SyncError(.badAnswer, "the server's answer to the registration cannot be read (\(error.underlyingError)); check the server's version",
                            "no se entiende la respuesta del servidor al registro (\(error.underlyingError)); compruebe la versión del servidor",
                            status: error.response.map { Int($0.status.code) })
        } catch {
            let cause = (error as? ClientError).map { "\($0.underlyingError)" } ?? "\(error)"
            throw SyncError(.unreachable, "the server \(host) cannot be reached (\(cause)); check [server] url and the network",
                            "no se puede contactar con el servidor \(host) (\(cause)); compruebe [server] url y la red")
        }
        switch output {
        case .created(let answer):
            return try answer.body.json
        case .forbidden:
            throw SyncError(.server, "the server refused the registration code: it is unknown, already used or expired; ask the administrator for a new one",
                            "el servidor rechazó el código de registro: no existe, ya se usó o caducó; pida uno nuevo al administrador", status: 403)
        case .tooManyRequests(let answer):
            let wait = answer.headers.retryAfter
            let seconds = wait.map { " \($0) s" } ?? ""
            throw SyncError(.server, "too many wrong registration codes from this address; wait\(seconds) and check the code with the administrator",
                            "demasiados códigos de registro erróneos desde esta dirección; espere\(seconds) y compruebe el código con el administrador",
                            status: 429, retryAfter: wait.map(Double.init))
        case .badRequest(let answer):
            let message = (try? answer.body.json.error.message) ?? ""
            throw SyncError(.server, "the server refused the registration request: \(message)",
                            "el servidor rechazó la petición de registro: \(message)", status: 400)
        case .contentTooLarge:
            throw SyncError(.server, "the server refused the registration request as too large; use a shorter --name",
                            "el servidor rechazó la petición de registro por demasiado grande; use un --name más corto", status: 413)
        case .serviceUnavailable(let answer):
            let wait = answer.headers.retryAfter
            throw SyncError(.server, "the server is not ready (its database is unreachable); try again in a minute",
                            "el servidor no está listo (no llega a su base de datos); inténtelo de nuevo en un minuto",
                            status: 503, retryAfter: wait.map(Double.init))
        case .undocumented(let status, _):
            throw SyncError(.server, "the server answered \(status) to the registration; check [server] url points at the Asistencia server",
                            "el servidor respondió \(status) al registro; compruebe que [server] url apunta al servidor de Asistencia",
                            status: status)
        }
    }

    private static func isCodeCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-")
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
