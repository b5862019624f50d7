import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// A browser stand-in for the web console's tests: keeps the cookies the server sets, sends forms, and reads the
/// CSRF token out of a page.
final class ConsoleClient: @unchecked Sendable {
    // @unchecked: each test drives one client from one task, sequentially; nothing is shared between tasks.
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]
    /// The Set-Cookie lines of the last answer.
    private(set) var lastSetCookies: [String] = []

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    struct Page {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String

        /// The first `name="csrf" value="…"` of the page.
        var csrf: String? {
            guard let range = body.range(of: #"name="csrf" value=""#) else { return nil }
            return String(body[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    func get(_ path: String, headers extra: HTTPFields = [:]) async throws -> Page {
        try await send(.get, path, body: nil, headers: extra)
    }

    /// Posts `fields` as `application/x-www-form-urlencoded`.
    func post(_ path: String, _ fields: [(String, String)]) async throws -> Page {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
        return try await send(.post, path, body: body, headers: [.contentType: "application/x-www-form-urlencoded"])
    }

    private func send(_ method: HTTPRequest.Method, _ path: String, body: String?, headers extra: HTTPFields) async throws -> Page {
        var headers = extra
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        let response = try await client.execute(uri: path, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        lastSetCookies = response.headers[values: .setCookie]
        for line in lastSetCookies {
            let pair = line.split(separator: ";").first ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { continue }
            let name = String(parts[0]).trimmingCharacters(in: .whitespaces)
            if line.contains("Max-Age=0") || parts[1].isEmpty { cookies[name] = nil } else { cookies[name] = String(parts[1]) }
        }
        return Page(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }

    /// Opens the login page and signs in; returns the answer to the POST.
    @discardableResult
    func signIn(_ code: String, _ password: String) async throws -> Page {
        let form = try await get("/console/login")
        return try await post("/console/login", [("csrf", form.csrf ?? ""), ("code", code), ("password", password)])
    }
}
