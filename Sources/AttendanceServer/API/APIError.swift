import Foundation
public import HTTPTypes
public import Hummingbird
import NIOCore
import SyncProtocol

/// An error answer: a status and a plain-words message in an ``APIErrorBody`` (401 carries no detail).
public struct APIError: Error, HTTPResponseError, CustomStringConvertible {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// What is wrong and what to do.
    public var message: String

    /// Makes an error answer.
    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    /// Missing, wrong or misplaced token: 401 without detail.
    public static let unauthorized = APIError(.unauthorized, "unauthorized")

    /// 400 with `message`.
    public static func badRequest(_ message: String) -> APIError { APIError(.badRequest, message) }

    /// 404 with `message`.
    public static func notFound(_ message: String) -> APIError { APIError(.notFound, message) }

    public var description: String { "\(status.code) \(message)" }

    /// The answer: the message as an ``APIErrorBody``, and `WWW-Authenticate: Bearer` for 401.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var fields: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if status == .unauthorized { fields[.wwwAuthenticate] = "Bearer" }
        let data = (try? SyncCoding.encoder().encode(APIErrorBody(message: message))) ?? Data()
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
