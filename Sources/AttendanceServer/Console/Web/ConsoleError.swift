import HTTPTypes

/// A refusal shown as a console page: a status and a text of ``ConsoleText`` (both languages), with an
/// optional detail (the bad input).
struct ConsoleError: Error, CustomStringConvertible {
    var status: HTTPResponse.Status
    var key: ConsoleText.Key
    var detail: String?

    init(_ status: HTTPResponse.Status, _ key: ConsoleText.Key, detail: String? = nil) {
        self.status = status
        self.key = key
        self.detail = detail
    }

    var description: String { "\(status.code) \(key.rawValue)" }

    /// Not signed in (the handler redirects to the login page instead of showing this).
    static let signInFirst = ConsoleError(.unauthorized, .signInFirst)
    /// Another site's page, for a supervisor.
    static let forbiddenSite = ConsoleError(.forbidden, .forbiddenSite)
    /// An administrator's page, for a supervisor.
    static let adminOnly = ConsoleError(.forbidden, .adminOnly)
    /// A form without its CSRF token, or with another session's.
    static let csrfRefused = ConsoleError(.forbidden, .csrfRefused)
    /// An unknown person or kiosk.
    static let notFound = ConsoleError(.notFound, .notFound)
}
