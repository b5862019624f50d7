public import Foundation
public import Attendance
import GRDB

// MARK: - Audit log

extension KioskStore {
    /// Appends an audit entry (who did what). Never pass a PIN, template or vector in `detail`.
    ///
    /// - Parameters:
    ///   - actor: The supervisor or technician (or ``AuditEntry/systemActor``).
    ///   - action: A dotted name, e.g. `export.csv`, `diagnostics.open`.
    ///   - detail: Free text for the reader.
    @discardableResult
    public func appendAudit(actor: EmployeeCode, action: String, detail: String, now: Date = Date()) async throws -> AuditEntry {
        try await write("audit") { db in
            try Self.appendAudit(db, actor: actor, action: action, detail: detail, now: now)
        }
    }

    /// The most recent audit entries, newest first.
    public func recentAudit(limit: Int = 100) async throws -> [AuditEntry] {
        try await read("audit") { db in
            try AuditLogRecord.order(AuditLogRecord.Columns.id.desc).limit(limit).fetchAll(db).map(\.entry)
        }
    }

    @discardableResult
    static func appendAudit(_ db: Database, actor: EmployeeCode, action: String, detail: String, now: Date) throws -> AuditEntry {
        var record = AuditLogRecord(at: now, actorCode: actor.rawValue, action: action, detail: detail)
        try record.insert(db)
        return record.entry
    }
}

extension AuditLogRecord {
    var entry: AuditEntry {
        AuditEntry(id: id ?? 0, at: at, actor: EmployeeCode(actorCode), action: action, detail: detail)
    }
}
