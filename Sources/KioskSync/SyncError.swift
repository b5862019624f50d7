public import Attendance

/// A sync failure, with a message in English and Spanish that says what to do.
public struct SyncError: Error, CustomStringConvertible, Sendable {
    /// What failed.
    public enum Kind: String, Sendable {
        /// `[server]` settings are wrong.
        case configuration
        /// The server could not be reached (network, DNS, TLS, timeout).
        case unreachable
        /// The server refused the token (401): the kiosk must be registered again.
        case unauthorized
        /// The server answered an error status.
        case server
        /// The server's answer could not be read.
        case badAnswer
        /// The kiosk's own database or gallery failed while applying what the server sent.
        case local
    }

    /// What failed.
    public var kind: Kind
    /// HTTP status, when the server answered.
    public var status: Int?
    /// Seconds the server asked to wait (`Retry-After`).
    public var retryAfter: Double?
    let english: String
    let spanish: String

    init(_ kind: Kind, _ english: String, _ spanish: String, status: Int? = nil, retryAfter: Double? = nil) {
        self.kind = kind
        self.english = english
        self.spanish = spanish
        self.status = status
        self.retryAfter = retryAfter
    }

    /// The message in `language`.
    public func message(in language: Language) -> String { language == .es ? spanish : english }

    public var description: String { english }
}
