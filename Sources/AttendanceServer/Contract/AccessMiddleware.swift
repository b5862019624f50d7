import HTTPTypes
import OpenAPIRuntime

/// Checks the bearer token against the operation's `security` in the document and makes the caller known
/// to the handler (``RequestCaller``). An operation the document does not know is treated as admin-only.
struct AccessMiddleware: ServerMiddleware {
    let operations: [String: ContractOperation]
    let database: ServerDatabase

    func intercept(_ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
                   next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?))
    async throws -> (HTTPResponse, HTTPBody?) {
        let access = operations[operationID]?.access ?? .admin
        let caller = try await database.authenticate(authorization: request.headerFields[.authorization], for: access)
        return try await RequestCaller.$current.withValue(caller) { try await next(request, body, metadata) }
    }
}

/// The authenticated caller of the request being handled.
enum RequestCaller {
    @TaskLocal static var current: Caller = .anonymous

    /// The kiosk behind a kiosk operation.
    static func kiosk() throws -> KioskIdentity {
        guard case .kiosk(let identity) = current else { throw APIError.unauthorized }
        return identity
    }
}
