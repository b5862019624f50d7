public import Logging
public import PostgresNIO

/// The server's PostgreSQL: a connection pool plus the transactions the store runs on it.
///
/// The pool is a `Service`: run it in the application's service group (``AttendanceServerApp`` does).
public struct ServerDatabase: Sendable {
    /// The pool.
    public let client: PostgresClient
    /// Where queries log.
    public let logger: Logger

    /// Makes the pool (it connects when `client.run()` runs).
    public init(url: DatabaseURL, poolSize: Int = 20, logger: Logger) {
        let tls: PostgresClient.Configuration.TLS
        switch url.tls {
        case .disable: tls = .disable
        case .prefer: tls = .prefer(.makeClientConfiguration())
        case .require: tls = .require(.makeClientConfiguration())
        }
        var configuration = PostgresClient.Configuration(
            host: url.host, port: url.port, username: url.username, password: url.password, database: url.database, tls: tls)
        configuration.options.maximumConnections = poolSize
        configuration.options.minimumConnections = 0
        self.client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.logger = logger
    }

    /// Isolation levels the store asks for.
    enum Isolation: String {
        case readCommitted = "READ COMMITTED"
        case repeatableRead = "REPEATABLE READ"
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws (the error is
    /// rethrown unchanged, so callers can read PostgreSQL's error code). A deadlock or serialization failure,
    /// which two administrators' changes of the same rows can cause, runs `body` again (at most 5 times): the
    /// rolled-back attempt left nothing behind.
    func transaction<Result: Sendable>(
        _ isolation: Isolation = .readCommitted, _ body: (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        var attempt = 1
        while true {
            do {
                return try await client.withConnection { connection in
                    try await connection.query(PostgresQuery(unsafeSQL: "BEGIN ISOLATION LEVEL \(isolation.rawValue)"), logger: logger)
                    do {
                        let result = try await body(connection)
                        try await connection.query("COMMIT", logger: logger)
                        return result
                    } catch {
                        _ = try? await connection.query("ROLLBACK", logger: logger)
                        throw error
                    }
                }
            } catch let error as PSQLError where attempt < 5 && Self.isRetryable(error) {
                logger.debug("transaction retried after \(error.serverInfo?[.sqlState] ?? "?")")
                attempt += 1
            }
        }
    }

    /// Deadlock (40P01) or serialization failure (40001): safe to run the same transaction again.
    static func isRetryable(_ error: PSQLError) -> Bool {
        let state = error.serverInfo?[.sqlState]
        return state == "40P01" || state == "40001"
    }

    /// Runs `body` on one pooled connection, outside any explicit transaction.
    func connection<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        try await client.withConnection { connection in try await body(connection) }
    }
}
