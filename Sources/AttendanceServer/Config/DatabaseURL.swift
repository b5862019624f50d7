public import Foundation

/// Where PostgreSQL is: parsed from `postgres://user:password@host:port/database`.
///
/// `description` hides the password.
public struct DatabaseURL: Sendable, CustomStringConvertible {
    /// Whether to speak TLS to PostgreSQL.
    public enum TLSMode: String, Sendable {
        /// Never.
        case disable
        /// When the server offers it.
        case prefer
        /// Always; fail otherwise.
        case require
    }

    /// Host name or address.
    public var host: String
    /// Port.
    public var port: Int
    /// Role name.
    public var username: String
    /// Password, if any.
    public var password: String?
    /// Database name.
    public var database: String
    /// TLS to PostgreSQL (default: disable on loopback, require elsewhere).
    public var tls: TLSMode

    /// Makes a URL from its parts.
    public init(host: String, port: Int = 5432, username: String, password: String?, database: String, tls: TLSMode? = nil) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.tls = tls ?? (ServerConfiguration.isLoopback(host) ? .disable : .require)
    }

    /// Parses `postgres://user:password@host:port/database` (or `postgresql://`).
    ///
    /// - Throws: `ServerConfigurationError` naming `variable`; the message never shows the password.
    public init(parsing text: String, variable: String = "ASISTENCIA_DATABASE_URL") throws {
        guard let components = URLComponents(string: text),
              components.scheme == "postgres" || components.scheme == "postgresql",
              let host = components.host, !host.isEmpty,
              let user = components.user, !user.isEmpty
        else {
            throw ServerConfigurationError(variable: variable, value: nil,
                                           problem: "is not a URL like postgres://user:password@host:5432/database")
        }
        let name = String(components.path.drop(while: { $0 == "/" }))
        guard !name.isEmpty else {
            throw ServerConfigurationError(variable: variable, value: nil, problem: "names no database; end it with /DATABASE")
        }
        let password = components.password?.removingPercentEncoding ?? components.password
        self.init(host: host, port: components.port ?? 5432, username: user.removingPercentEncoding ?? user,
                  password: password, database: name)
    }

    /// The same server and role, another database (tests make one each).
    public func with(database: String) -> DatabaseURL {
        var copy = self
        copy.database = database
        return copy
    }

    public var description: String { "postgres://\(username):****@\(host):\(port)/\(database)" }
}
