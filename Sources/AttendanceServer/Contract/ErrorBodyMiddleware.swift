import Foundation
import HTTPTypes
import Logging
import OpenAPIRuntime
import PostgresNIO

/// The outermost middleware: every error, from the contract check, the access check, the generated coders or
/// a handler, becomes the one `Error` body with the status the document lists. A database that cannot be
/// reached is 503 with `Retry-After`; anything else unexpected is a logged 500 without internals.
struct ErrorBodyMiddleware: ServerMiddleware {
    let logger: Logger

    func intercept(_ request: HTTPRequest, body: HTTPBody?, metadata: ServerRequestMetadata, operationID: String,
                   next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?))
    async throws -> (HTTPResponse, HTTPBody?) {
        do {
            return try await next(request, body, metadata)
        } catch {
            return answer(for: error, operationID: operationID).openAPIResponse
        }
    }

    /// The error answer for `error`.
    func answer(for error: any Error, operationID: String) -> APIError {
        var underlying = error
        var runtimeStatus: HTTPResponse.Status?
        var cause = ""
        if let serverError = error as? ServerError {
            underlying = serverError.underlyingError
            runtimeStatus = serverError.httpStatus
            cause = serverError.causeDescription
        }
        switch underlying {
        case let apiError as APIError:
            return apiError
        case let violation as SchemaViolation:
            return .badRequest(violation.description)
        case let decoding as DecodingError:
            return .badRequest("the request does not fit the contract: \(DecodingErrorText.describe(decoding))")
        case let database as PSQLError where database.code != .server:
            logger.warning("\(operationID): database unavailable: \(database.code)")
            return APIError(.serviceUnavailable, "the database is not reachable; try again shortly", retryAfterSeconds: 5)
        default:
            if let status = runtimeStatus, (400..<500).contains(status.code) {
                return .badRequest("the request does not fit the contract: \(cause)")
            }
            logger.error("\(operationID) failed: \(String(reflecting: underlying))")
            return APIError(.internalServerError, "the server failed on \(operationID); its log has the details")
        }
    }
}
