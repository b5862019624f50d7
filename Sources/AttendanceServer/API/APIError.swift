import Foundation
public import HTTPTypes
public import Hummingbird
import NIOCore
import OpenAPIRuntime
import SyncProtocol
public import Vocabulary

/// An error answer: a status and a plain-words message in the one `Error` body (`{"error": {"message": …}}`).
///
/// `message` is the body's English sentence (the contract's language, quoting the bad input);
/// `message(in:)` and `fix(in:)` give what a person reads on the command line or the console, in Spanish or
/// English. `description` names only the status and the code (never the body: it may quote a person's
/// code or name); `debugDescription` adds the body and where the error was raised.
///
/// ## Topics
/// - ``Code``
public struct APIError: Error, HTTPResponseError, CustomStringConvertible, CustomDebugStringConvertible,
    LocalizedMessage
{
    /// The kind of refusal, from the status, as a stable value to switch on.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        enum Internal: String, Hashable, Sendable {
            case badRequest, unauthorized, forbidden, notFound, methodNotAllowed, conflict, contentTooLarge
            case unprocessable, tooManyRequests, unavailable, serverFailure, other
        }
        let value: Internal

        init(_ status: HTTPResponse.Status) {
            switch status.code {
            case 400: value = .badRequest
            case 401: value = .unauthorized
            case 403: value = .forbidden
            case 404: value = .notFound
            case 405: value = .methodNotAllowed
            case 409: value = .conflict
            case 413: value = .contentTooLarge
            case 422: value = .unprocessable
            case 429: value = .tooManyRequests
            case 503: value = .unavailable
            case 500...: value = .serverFailure
            default: value = .other
            }
        }

        /// 400: the request does not fit the contract.
        public static let badRequest = Code(.badRequest)
        /// 401: missing, wrong or misplaced token.
        public static let unauthorized = Code(.unauthorized)
        /// 403: the token may not do this.
        public static let forbidden = Code(.forbidden)
        /// 404: no such thing.
        public static let notFound = Code(.notFound)
        /// 409: the data's current state forbids it.
        public static let conflict = Code(.conflict)
        /// 422: the request fits the document but breaks a rule of the data.
        public static let unprocessable = Code(.unprocessableContent)
        /// 429 or 503: try again later.
        public static let tooManyRequests = Code(.tooManyRequests)
        /// 503: the database is not reachable or not migrated.
        public static let unavailable = Code(.serviceUnavailable)

        /// The code's name, e.g. `notFound`.
        public var description: String { value.rawValue }
    }

    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// What is wrong and what to do, in English: the answer's body.
    public var message: String
    /// Seconds to wait before trying again (`Retry-After`), for 429 and 503.
    public var retryAfterSeconds: Int?
    /// Where the error was raised (`fileID:line`).
    public let raisedAt: String

    /// Makes an error answer.
    public init(
        _ status: HTTPResponse.Status, _ message: String, retryAfterSeconds: Int? = nil,
        file: String = #fileID, line: Int = #line
    ) {
        self.status = status
        self.message = message
        self.retryAfterSeconds = retryAfterSeconds
        raisedAt = "\(file):\(line)"
    }

    /// The kind of refusal.
    public var code: Code { Code(status) }

    /// Missing, wrong or misplaced token: 401 without detail.
    public static let unauthorized = APIError(.unauthorized, "unauthorized")

    /// 400 with `message`.
    public static func badRequest(_ message: String, file: String = #fileID, line: Int = #line) -> APIError {
        APIError(.badRequest, message, file: file, line: line)
    }

    /// 404 with `message`.
    public static func notFound(_ message: String, file: String = #fileID, line: Int = #line) -> APIError {
        APIError(.notFound, message, file: file, line: line)
    }

    /// 422 with `message`: the request fits the document but breaks a rule of the data.
    public static func unprocessable(_ message: String, file: String = #fileID, line: Int = #line) -> APIError {
        APIError(.unprocessableContent, message, file: file, line: line)
    }

    /// What was refused, in `language`: a sentence for the kind of refusal, then the body's own words (which
    /// the contract keeps in English).
    public func message(in language: Language) -> String {
        let kind: Bilingual
        switch code.value {
        case .badRequest: kind = Bilingual(es: "Petición no válida", en: "Bad request")
        case .unauthorized: kind = Bilingual(es: "No autorizado", en: "Not authorised")
        case .forbidden: kind = Bilingual(es: "Prohibido", en: "Forbidden")
        case .notFound: kind = Bilingual(es: "No encontrado", en: "Not found")
        case .methodNotAllowed: kind = Bilingual(es: "Método no admitido", en: "Method not allowed")
        case .conflict: kind = Bilingual(es: "En conflicto con los datos actuales", en: "Conflicts with the current data")
        case .contentTooLarge: kind = Bilingual(es: "Petición demasiado grande", en: "Request too large")
        case .unprocessable: kind = Bilingual(es: "Los datos incumplen una regla", en: "The data breaks a rule")
        case .tooManyRequests: kind = Bilingual(es: "Demasiados intentos", en: "Too many attempts")
        case .unavailable: kind = Bilingual(es: "Servidor no disponible", en: "Server unavailable")
        case .serverFailure: kind = Bilingual(es: "Fallo del servidor", en: "Server failure")
        case .other: kind = Bilingual(es: "Petición rechazada", en: "Request refused")
        }
        return "\(kind.text(language)) (\(status.code)): \(message)"
    }

    /// What to do, in `language`.
    public func fix(in language: Language) -> String? {
        let fix: Bilingual
        switch code.value {
        case .badRequest, .methodNotAllowed, .contentTooLarge, .unprocessable, .other:
            fix = Bilingual(es: "Corrija lo que indica el mensaje y vuelva a enviar; GET /openapi.json describe cada operación.",
                            en: "Correct what the message names and send again; GET /openapi.json describes every operation.")
        case .unauthorized:
            fix = Bilingual(es: "Envíe un token válido (Authorization: Bearer …) o inicie sesión de nuevo.",
                            en: "Send a valid token (Authorization: Bearer …) or sign in again.")
        case .forbidden:
            fix = Bilingual(es: "Use una cuenta o un quiosco con permiso para esto, o pida al administrador un código nuevo.",
                            en: "Use an account or kiosk allowed to do this, or ask the administrator for a new code.")
        case .notFound:
            fix = Bilingual(es: "Compruebe el código, el identificador o la ruta.", en: "Check the code, the id or the path.")
        case .conflict:
            fix = Bilingual(es: "Resuelva primero lo que el mensaje indica y vuelva a intentarlo.",
                            en: "Resolve what the message names first, then try again.")
        case .tooManyRequests:
            fix = Bilingual(es: "Espere el tiempo indicado (Retry-After) antes de reintentar.",
                            en: "Wait the time given (Retry-After) before trying again.")
        case .unavailable:
            fix = Bilingual(es: "Compruebe que PostgreSQL funciona y ASISTENCIA_DATABASE_URL; reintente en un momento.",
                            en: "Check that PostgreSQL runs and ASISTENCIA_DATABASE_URL; try again shortly.")
        case .serverFailure:
            fix = Bilingual(es: "El registro del servidor tiene el detalle; avise al administrador si se repite.",
                            en: "The server's log has the detail; tell the administrator if it repeats.")
        }
        return fix.text(language)
    }

    /// The status and the code only: safe for logs.
    public var description: String { "APIError \(status.code) \(code)" }

    /// The status, the body's message and where the error was raised.
    public var debugDescription: String { "APIError \(status.code) \(code): \(message) - raised at \(raisedAt)" }

    /// The header fields of the answer.
    var headerFields: HTTPFields {
        var fields: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if status == .unauthorized { fields[.wwwAuthenticate] = "Bearer" }
        if let retryAfterSeconds { fields[.retryAfter] = String(retryAfterSeconds) }
        return fields
    }

    /// The body of the answer.
    var body: Data { (try? SyncCoding.encoder().encode(APIErrorBody(message: message))) ?? Data() }

    /// The answer for the router (paths and methods the document does not have).
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status, headers: headerFields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// The answer for the generated server's middlewares.
    var openAPIResponse: (HTTPResponse, HTTPBody?) {
        (HTTPResponse(status: status, headerFields: headerFields), HTTPBody(body))
    }
}
