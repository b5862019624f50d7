public import Foundation
import Logging
import PostgresNIO

// MARK: - Seed

extension ServerDatabase {
    /// Idempotent seeds: the four roles, the three usual shifts (only when no shift exists yet), the default
    /// site, and the administrator token's hash when one is configured (replacing the previous one). Nothing is
    /// hard-coded as a secret.
    public func seed(defaultSite: String, adminToken: String?) async throws {
        try await transaction { connection in
            let roles: [(String, String)] = [
                ("COLABORADOR", "Ficha entrada y salida"),
                ("SUPERVISOR", "Ve el día, corrige fichajes, registra rostros"),
                ("TECNICO", "Abre el diagnóstico"),
                ("ADMINISTRADOR", "Administra el servidor central"),
            ]
            for (name, description) in roles {
                try await connection.query(
                    "INSERT INTO roles (name, description) VALUES (\(name), \(description)) ON CONFLICT (name) DO NOTHING",
                    logger: logger)
            }
            try await connection.query(
                "INSERT INTO sites (id, name) VALUES (\(defaultSite), \(defaultSite)) ON CONFLICT (id) DO NOTHING", logger: logger)
            let shiftCount = try await connection.query("SELECT COUNT(*)::bigint FROM shifts", logger: logger)
                .decode(Int64.self).first { _ in true } ?? 0
            if shiftCount == 0 {
                let version = try await Self.nextRosterVersion(connection, logger: logger)
                for (name, start, end) in [("Mañana", 6 * 60, 14 * 60), ("Tarde", 14 * 60, 22 * 60), ("Noche", 22 * 60, 6 * 60)] {
                    try await connection.query("""
                        INSERT INTO shifts (name, start_minute, end_minute, roster_version)
                        VALUES (\(name), \(start), \(end), \(version)) ON CONFLICT (name) DO NOTHING
                        """, logger: logger)
                }
            }
            if let adminToken {
                // The configured token is the only one: a changed ASISTENCIA_ADMIN_TOKEN retires the old one.
                let hash = TokenDigest.digest(adminToken)
                try await connection.query(
                    "DELETE FROM admin_tokens WHERE label = 'ASISTENCIA_ADMIN_TOKEN' AND token_hash <> \(hash)", logger: logger)
                try await connection.query("""
                    INSERT INTO admin_tokens (token_hash, label) VALUES (\(hash), 'ASISTENCIA_ADMIN_TOKEN')
                    ON CONFLICT (token_hash) DO NOTHING
                    """, logger: logger)
            }
        }
    }

    /// Takes the next roster version (locking the counter row until the transaction ends).
    static func nextRosterVersion(_ connection: PostgresConnection, logger: Logger) async throws -> Int64 {
        try await connection.query("UPDATE roster_version SET version = version + 1 RETURNING version", logger: logger)
            .decode(Int64.self).first { _ in true } ?? 0
    }
}
