import Logging
import PostgresNIO

// MARK: - Migrate

extension ServerDatabase {
    /// Applies the migrations not yet applied, each in its own transaction, under an advisory lock so that
    /// several servers starting together apply each one once.
    ///
    /// - Returns: the versions applied now (empty when the schema was current).
    /// - Throws: the PostgreSQL error of the failing statement; that migration is rolled back.
    @discardableResult
    public func migrate(_ migrations: [ServerMigration] = ServerMigrations.all) async throws -> [Int] {
        try await connection { connection in
            try await connection.query("SELECT pg_advisory_lock(7242001)", logger: logger)
            do {
                try await connection.query("""
                    CREATE TABLE IF NOT EXISTS schema_migrations (
                        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
                    """, logger: logger)
                var applied: Set<Int> = []
                for try await version in try await connection.query("SELECT version FROM schema_migrations", logger: logger)
                    .decode(Int.self) { applied.insert(version) }
                var done: [Int] = []
                for migration in migrations.sorted(by: { $0.version < $1.version }) where !applied.contains(migration.version) {
                    try await connection.query("BEGIN", logger: logger)
                    do {
                        for statement in migration.statements {
                            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                        }
                        try await connection.query(
                            "INSERT INTO schema_migrations (version, name) VALUES (\(migration.version), \(migration.name))",
                            logger: logger)
                        try await connection.query("COMMIT", logger: logger)
                    } catch {
                        _ = try? await connection.query("ROLLBACK", logger: logger)
                        throw error
                    }
                    logger.info("applied migration \(migration.version) \(migration.name)")
                    done.append(migration.version)
                }
                try await connection.query("SELECT pg_advisory_unlock(7242001)", logger: logger)
                return done
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(7242001)", logger: logger)
                throw error
            }
        }
    }

    /// The newest migration version applied, 0 when none (`/ready` compares it with the code's).
    public func schemaVersion() async throws -> Int {
        try await connection { connection in
            let exists = try await connection.query("SELECT to_regclass('schema_migrations') IS NOT NULL", logger: logger)
                .decode(Bool.self).first { _ in true } ?? false
            guard exists else { return 0 }
            return try await connection.query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", logger: logger)
                .decode(Int.self).first { _ in true } ?? 0
        }
    }
}
