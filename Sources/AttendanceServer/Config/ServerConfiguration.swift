public import Foundation

/// The server's settings, read from the environment and, optionally, a file of `KEY=VALUE` lines
/// (`ASISTENCIA_CONFIG_FILE`; the environment wins over the file).
///
/// | variable | meaning | default |
/// |---|---|---|
/// | `ASISTENCIA_DATABASE_URL` | `postgres://user:password@host:port/database` | required |
/// | `ASISTENCIA_HOST` | bind address | `127.0.0.1` |
/// | `ASISTENCIA_PORT` | port | `8080` |
/// | `ASISTENCIA_TLS_CERT`, `ASISTENCIA_TLS_KEY` | PEM files: serve HTTPS | none |
/// | `ASISTENCIA_BEHIND_PROXY` | `true` when a TLS-terminating proxy is in front | `false` |
/// | `ASISTENCIA_ADMIN_TOKEN` | administrator bearer token (≥ 24 chars), seeded as a SHA-256 hash | none |
/// | `ASISTENCIA_TIME_ZONE` | where days are reckoned (reports) | `Europe/Madrid` |
/// | `ASISTENCIA_SITE` | the site seeded at first start | `principal` |
/// | `ASISTENCIA_DB_POOL_SIZE` | PostgreSQL connections | `20` |
/// | `ASISTENCIA_DATABASE_TLS` | `disable`, `prefer` or `require` | `disable` on loopback, else `require` |
public struct ServerConfiguration: Sendable {
    /// Where PostgreSQL is.
    public var database: DatabaseURL
    /// Bind address.
    public var host: String
    /// Port; 0 picks a free one.
    public var port: Int
    /// PEM certificate chain, to serve HTTPS.
    public var tlsCertificatePath: String?
    /// PEM private key, to serve HTTPS.
    public var tlsKeyPath: String?
    /// True when a TLS-terminating proxy is in front of the server.
    public var behindProxy: Bool
    /// The administrator token to seed (only its hash is stored).
    public var adminToken: String?
    /// Where days are reckoned.
    public var timeZone: TimeZone
    /// The site seeded at first start.
    public var defaultSite: String
    /// PostgreSQL connections.
    public var poolSize: Int

    /// Makes a configuration.
    public init(database: DatabaseURL, host: String = "127.0.0.1", port: Int = 8080, tlsCertificatePath: String? = nil,
                tlsKeyPath: String? = nil, behindProxy: Bool = false, adminToken: String? = nil,
                timeZone: TimeZone = TimeZone(identifier: "Europe/Madrid") ?? .gmt, defaultSite: String = "principal",
                poolSize: Int = 20) {
        self.database = database
        self.host = host
        self.port = port
        self.tlsCertificatePath = tlsCertificatePath
        self.tlsKeyPath = tlsKeyPath
        self.behindProxy = behindProxy
        self.adminToken = adminToken
        self.timeZone = timeZone
        self.defaultSite = defaultSite
        self.poolSize = poolSize
    }

    /// True when the server serves HTTPS itself.
    public var servesTLS: Bool { tlsCertificatePath != nil && tlsKeyPath != nil }

    /// Reads the configuration.
    ///
    /// - Parameter environment: the process environment (a parameter so tests pass their own).
    /// - Throws: `ServerConfigurationError` naming the variable and the bad value.
    public static func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ServerConfiguration {
        var values: [String: String] = [:]
        if let file = environment["ASISTENCIA_CONFIG_FILE"], !file.isEmpty {
            values = try readFile(file)
        }
        for (key, value) in environment where key.hasPrefix("ASISTENCIA_") { values[key] = value }

        guard let urlText = values["ASISTENCIA_DATABASE_URL"], !urlText.isEmpty else {
            throw ServerConfigurationError(variable: "ASISTENCIA_DATABASE_URL", value: nil,
                                           problem: "is not set; set it to postgres://user:password@host:5432/database")
        }
        var database = try DatabaseURL(parsing: urlText, variable: "ASISTENCIA_DATABASE_URL")
        if let tls = values["ASISTENCIA_DATABASE_TLS"], !tls.isEmpty {
            guard let mode = DatabaseURL.TLSMode(rawValue: tls) else {
                throw ServerConfigurationError(variable: "ASISTENCIA_DATABASE_TLS", value: tls,
                                               problem: "must be disable, prefer or require")
            }
            database.tls = mode
        }
        var config = ServerConfiguration(database: database)
        if let host = values["ASISTENCIA_HOST"], !host.isEmpty { config.host = host }
        if let port = values["ASISTENCIA_PORT"], !port.isEmpty {
            guard let number = Int(port), (0...65535).contains(number) else {
                throw ServerConfigurationError(variable: "ASISTENCIA_PORT", value: port, problem: "must be a port number 0...65535")
            }
            config.port = number
        }
        config.tlsCertificatePath = values["ASISTENCIA_TLS_CERT"].flatMap { $0.isEmpty ? nil : $0 }
        config.tlsKeyPath = values["ASISTENCIA_TLS_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        if (config.tlsCertificatePath == nil) != (config.tlsKeyPath == nil) {
            throw ServerConfigurationError(variable: "ASISTENCIA_TLS_CERT", value: config.tlsCertificatePath,
                                           problem: "and ASISTENCIA_TLS_KEY must be set together (certificate chain and private key, PEM)")
        }
        if let proxy = values["ASISTENCIA_BEHIND_PROXY"], !proxy.isEmpty {
            switch proxy.lowercased() {
            case "1", "true", "yes": config.behindProxy = true
            case "0", "false", "no": config.behindProxy = false
            default:
                throw ServerConfigurationError(variable: "ASISTENCIA_BEHIND_PROXY", value: proxy, problem: "must be true or false")
            }
        }
        if let token = values["ASISTENCIA_ADMIN_TOKEN"], !token.isEmpty {
            guard token.count >= 24 else {
                throw ServerConfigurationError(variable: "ASISTENCIA_ADMIN_TOKEN", value: nil,
                                               problem: "is shorter than 24 characters; use e.g. `openssl rand -hex 32`")
            }
            config.adminToken = token
        }
        if let zone = values["ASISTENCIA_TIME_ZONE"], !zone.isEmpty {
            guard let timeZone = TimeZone(identifier: zone) else {
                throw ServerConfigurationError(variable: "ASISTENCIA_TIME_ZONE", value: zone,
                                               problem: "is not a time zone; use an IANA name such as Europe/Madrid")
            }
            config.timeZone = timeZone
        }
        if let site = values["ASISTENCIA_SITE"], !site.isEmpty { config.defaultSite = site }
        if let pool = values["ASISTENCIA_DB_POOL_SIZE"], !pool.isEmpty {
            guard let size = Int(pool), (1...500).contains(size) else {
                throw ServerConfigurationError(variable: "ASISTENCIA_DB_POOL_SIZE", value: pool, problem: "must be a number 1...500")
            }
            config.poolSize = size
        }
        try config.checkTransportSecurity()
        return config
    }

    /// Refuses plain HTTP on a non-loopback address unless TLS files are configured or a proxy is in front.
    ///
    /// - Throws: `ServerConfigurationError` for `ASISTENCIA_HOST`.
    public func checkTransportSecurity() throws {
        if servesTLS || behindProxy || Self.isLoopback(host) { return }
        throw ServerConfigurationError(
            variable: "ASISTENCIA_HOST", value: host,
            problem: "is not a loopback address and the server would speak plain HTTP; set ASISTENCIA_TLS_CERT and "
                + "ASISTENCIA_TLS_KEY, or ASISTENCIA_BEHIND_PROXY=true behind a TLS proxy, or bind 127.0.0.1")
    }

    /// True for `localhost`, 127.0.0.0/8 and `::1`.
    public static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" || bare == "0:0:0:0:0:0:0:1" { return true }
        let parts = bare.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts.allSatisfy({ UInt8($0) != nil }) else { return false }
        return parts[0] == "127"
    }

    static func readFile(_ path: String) throws -> [String: String] {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ServerConfigurationError(variable: "ASISTENCIA_CONFIG_FILE", value: path,
                                           problem: "cannot be read (\(error.localizedDescription)); check the path and its permissions")
        }
        var values: [String: String] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                throw ServerConfigurationError(variable: "ASISTENCIA_CONFIG_FILE", value: path,
                                               problem: "line \(index + 1) is not KEY=VALUE")
            }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            guard key.hasPrefix("ASISTENCIA_") else {
                throw ServerConfigurationError(variable: "ASISTENCIA_CONFIG_FILE", value: path,
                                               problem: "line \(index + 1): key '\(key)' does not start with ASISTENCIA_")
            }
            values[key] = value
        }
        return values
    }
}
