import Foundation
public import HTTPTypes
public import Hummingbird
import NIOCore
import OpenAPIRuntime
import SyncProtocol

/// An error answer: a status and a plain-words message in the one `Error` body (`{"error": {"message": …}}`).
public struct APIError: Error, HTTPResponseError, CustomStringConvertible {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// What is wrong and what to do.
    public var message: String
    /// Seconds to wait before trying again (`Retry-After`), for 429 and 503.
    public var retryAfterSeconds: Int?

    /// Makes an error answer.
    public init(_ status: HTTPResponse.Status, _ message: String, retryAfterSeconds: Int? = nil) {
        self.status = status
        self.message = message
        self.retryAfterSeconds = retryAfterSeconds
    }

    /// Missing, wrong or misplaced token: 401 without detail.
    public static let unauthorized = APIError(.unauthorized, "unauthorized")

    /// 400 with `message`.
    public static func badRequest(_ message: String) -> APIError { APIError(.badRequest, message) }

    /// 404 with `message`.
    public static func notFound(_ message: String) -> APIError { APIError(.notFound, message) }

    /// 422 with `message`: the request fits the document but breaks a rule of the data.
    public static func unprocessable(_ message: String) -> APIError { APIError(.unprocessableContent, message) }

    public var description: String { "\(status.code) \(message)" }

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
