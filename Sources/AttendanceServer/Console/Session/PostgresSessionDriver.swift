import Foundation
import Hummingbird
import PostgresNIO

/// hummingbird-auth's session storage backend on the server's PostgreSQL (`console_sessions`), so that
/// every server behind a load balancer knows every session and a restart signs nobody out. Keys are stored
/// as their SHA-256: a copy of the table holds no usable session cookie.
struct PostgresSessionDriver: PersistDriver {
    let database: ServerDatabase

    func create<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        let inserted = try await database.client.query("""
            INSERT INTO console_sessions (key, value, expires_at) VALUES (\(Self.stored(key)), \(try JSONEncoder().encode(value)),
                \(Self.deadline(expires))) ON CONFLICT (key) DO NOTHING RETURNING key
            """, logger: database.logger).decode(String.self).first { _ in true }
        guard inserted != nil else { throw PersistError.duplicate }
    }

    func set<Object: Codable & Sendable>(key: String, value: Object, expires: Duration?) async throws {
        // Sessions are written at sign-in: a good moment to drop the expired ones.
        try await database.client.query("DELETE FROM console_sessions WHERE expires_at < now()", logger: database.logger)
        try await database.client.query("""
            INSERT INTO console_sessions (key, value, expires_at) VALUES (\(Self.stored(key)), \(try JSONEncoder().encode(value)),
                \(Self.deadline(expires)))
            ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, expires_at = COALESCE(EXCLUDED.expires_at, console_sessions.expires_at)
            """, logger: database.logger)
    }

    func get<Object: Codable & Sendable>(key: String, as type: Object.Type) async throws -> Object? {
        let data = try await database.client.query("""
            SELECT value FROM console_sessions WHERE key = \(Self.stored(key)) AND (expires_at IS NULL OR expires_at > now())
            """, logger: database.logger).decode(Data.self).first { _ in true }
        guard let data else { return nil }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            throw PersistError.invalidConversion
        }
    }

    func remove(key: String) async throws {
        try await database.client.query("DELETE FROM console_sessions WHERE key = \(Self.stored(key))", logger: database.logger)
    }

    /// The stored form of a session key: SHA-256, hex.
    static func stored(_ key: String) -> String {
        TokenDigest.digest(key).map { String(format: "%02x", $0) }.joined()
    }

    private static func deadline(_ expires: Duration?) -> Date? {
        expires.map { Date().addingTimeInterval(TimeInterval($0.components.seconds)) }
    }
}
