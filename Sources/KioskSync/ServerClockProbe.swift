import Foundation
import HTTPTypes
import OpenAPIRuntime
import Synchronization

/// Reads the `Date` header of each answer, so the kiosk knows how far its clock is from the server's.
final class ServerClockProbe: ClientMiddleware {
    /// Kiosk clock minus server clock at the last answer, in seconds.
    private let skew = Mutex<Double?>(nil)

    func intercept(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
                   next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?))
    async throws -> (HTTPResponse, HTTPBody?) {
        let (response, responseBody) = try await next(request, body, baseURL)
        if let date = response.headerFields[.date].flatMap(Self.parseHTTPDate) {
            skew.withLock { $0 = Date().timeIntervalSince(date) }
        }
        return (response, responseBody)
    }

    /// The skew measured at the last answer that carried a `Date`.
    func latestSkew() -> Double? { skew.withLock { $0 } }

    /// RFC 9110 IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`).
    static func parseHTTPDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }
}
