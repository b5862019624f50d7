public import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// Adds a bearer token to every request of the generated client (a kiosk's token, or the administrator's).
public struct BearerTokenMiddleware: ClientMiddleware {
    let token: String

    /// Sends `token` with every request.
    public init(token: String) { self.token = token }

    public func intercept(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
                          next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?))
    async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[.authorization] = "Bearer \(token)"
        return try await next(request, body, baseURL)
    }
}
