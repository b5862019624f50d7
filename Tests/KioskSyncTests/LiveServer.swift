import AttendanceServer
import Foundation
import HummingbirdTesting
import Logging
import PostgresNIO

/// A real `AttendanceServerApp` on 127.0.0.1 and a fresh database of the `scripts/with-postgres` cluster.
enum LiveServer {
    static let baseURL: DatabaseURL? = {
        guard let text = ProcessInfo.processInfo.environment["ASISTENCIA_TEST_DATABASE_URL"], !text.isEmpty else { return nil }
        return try? DatabaseURL(parsing: text)
    }()

    /// Why the tests that need PostgreSQL cannot run here, nil when they can (`.needs(.postgres, missing:)`).
    static var missing: String? {
        guard let text = ProcessInfo.processInfo.environment["ASISTENCIA_TEST_DATABASE_URL"], !text.isEmpty else {
            return "ASISTENCIA_TEST_DATABASE_URL is not set (run the tests with `scripts/with-postgres swift test` or `make test`)"
        }
        return baseURL == nil ? "ASISTENCIA_TEST_DATABASE_URL is not a postgres:// URL" : nil
    }

    static let adminToken = "kiosk-sync-test-admin-token-0123456789"

    static let logger: Logger = {
        var logger = Logger(label: "kiosk-sync-test")
        logger.logLevel = .warning
        return logger
    }()

    /// Runs `body` with a live server's port and the app (for admin calls through its database).
    static func run<T: Sendable>(_ body: @Sendable (Int, AttendanceServerApp) async throws -> T) async throws -> T {
        let server = AttendanceServerApp(
            configuration: ServerConfiguration(database: try await freshDatabase(), port: 0, adminToken: adminToken, poolSize: 4),
            logger: logger)
        return try await server.makeApplication().test(.live) { client in try await body(client.port ?? 0, server) }
    }

    /// A new, empty database in the `scripts/with-postgres` cluster.
    static func freshDatabase() async throws -> DatabaseURL {
        guard let base = baseURL else { throw CancellationError() }
        let name = "ks_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20)
        let configuration = PostgresConnection.Configuration(host: base.host, port: base.port, username: base.username,
                                                             password: base.password, database: base.database, tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger)
        try await connection.close()
        return base.with(database: String(name))
    }
}
