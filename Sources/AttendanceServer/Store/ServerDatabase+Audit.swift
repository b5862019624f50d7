public import Foundation
import Logging
import PostgresNIO

// MARK: - Audit log

extension ServerDatabase {
    /// Appends who did what to the server's audit log (never a descriptor or a PIN).
    static func audit(actor: String, action: String, detail: String, _ connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(
            "INSERT INTO audit_log (actor, action, detail) VALUES (\(actor), \(action), \(detail))", logger: logger)
    }

    /// The newest audit entries first.
    public func auditLog(limit: Int = 100) async throws -> [ServerAuditEntry] {
        var entries: [ServerAuditEntry] = []
        for try await (id, at, actor, action, detail) in try await client.query(
            "SELECT id, at, actor, action, detail FROM audit_log ORDER BY id DESC LIMIT \(limit)", logger: logger)
            .decode((Int64, Date, String, String, String).self) {
            entries.append(ServerAuditEntry(id: id, at: at, actor: actor, action: action, detail: detail))
        }
        return entries
    }
}
