import AttendanceServer
import Foundation
import Logging
import PostgresNIO

/// A fresh PostgreSQL database per test, on the cluster `scripts/with-postgres` provides through
/// `ASISTENCIA_TEST_DATABASE_URL` (tests run in parallel, so none shares a database).
enum TestDatabase {
    /// The cluster's URL, nil when the variable is not set.
    static let baseURL: DatabaseURL? = {
        guard let text = ProcessInfo.processInfo.environment["ASISTENCIA_TEST_DATABASE_URL"], !text.isEmpty else { return nil }
        return try? DatabaseURL(parsing: text, variable: "ASISTENCIA_TEST_DATABASE_URL")
    }()

    /// Why the tests that need PostgreSQL cannot run here, nil when they can (`.needs(.postgres, missing:)`).
    static var missing: String? {
        guard let text = ProcessInfo.processInfo.environment["ASISTENCIA_TEST_DATABASE_URL"], !text.isEmpty else {
            return "ASISTENCIA_TEST_DATABASE_URL is not set (run the tests with `scripts/with-postgres swift test` or `make test`)"
        }
        return baseURL == nil ? "ASISTENCIA_TEST_DATABASE_URL is not a postgres:// URL" : nil
    }

    static let logger: Logger = {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        return logger
    }()

    /// Creates an empty database and returns its URL.
    static func create() async throws -> DatabaseURL {
        guard let base = baseURL else { throw SkipReason() }
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20)
        try await admin(base) { connection in
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger)
        }
        return base.with(database: String(name))
    }

    /// Runs `body` on a connection to `url`'s server (the base database).
    static func admin<T: Sendable>(_ url: DatabaseURL, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        let configuration = PostgresConnection.Configuration(
            host: url.host, port: url.port, username: url.username, password: url.password, database: url.database, tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            let value = try await body(connection)
            try await connection.close()
            return value
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// A server configuration on a fresh database, with an admin token.
    static func configuration(port: Int = 0) async throws -> ServerConfiguration {
        ServerConfiguration(database: try await create(), host: "127.0.0.1", port: port, adminToken: adminToken,
                            timeZone: TimeZone(identifier: "Europe/Madrid")!, defaultSite: "principal", poolSize: 8)
    }

    /// The administrator token tests use.
    static let adminToken = "test-admin-token-0123456789abcdef"

    struct SkipReason: Error, CustomStringConvertible {
        var description: String { "ASISTENCIA_TEST_DATABASE_URL is not set" }
    }
}
