import Logging
import PostgresNIO

extension ServerDatabase {
    /// Runs `body` on a connection pool to `url` that runs only for the call and is migrated first: for the
    /// command-line tools and benchmarks, which use the database without serving.
    ///
    /// - Throws: the migration's error or `body`'s.
    static func withMigrated<Result: Sendable>(url: DatabaseURL, poolSize: Int, logger: Logger,
                                               _ body: (ServerDatabase) async throws -> Result) async throws -> Result {
        let database = ServerDatabase(url: url, poolSize: poolSize, logger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await database.client.run() }
            defer { group.cancelAll() }
            _ = try await database.migrate()
            return try await body(database)
        }
    }
}
