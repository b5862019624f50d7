public import Foundation
import Attendance
import GRDB

// MARK: - Enrolments to upload

extension KioskStore {
    /// Templates enrolled here whose outbox row is due (pending, next attempt passed), oldest first,
    /// decrypted with their consent records: what the sync client uploads next. Mark them with
    /// ``markOutbox(_:kind:as:error:nextAttemptAt:now:)`` and kind `.enrolment`; until one is
    /// `acknowledged`, no roster pull deletes it.
    ///
    /// - Throws: ``StoreError`` `templateDecryption` when a row does not open with the key file.
    public func dueEnrolments(now: Date = Date(), limit: Int = 500) async throws -> [PendingEnrolment] {
        let rows = try await read("due enrolments") { db in
            try Row.fetchAll(db, sql: """
                SELECT faceTemplate.id, faceTemplate.employeeCode, faceTemplate.sealed, faceTemplate.createdAt,
                       consentRecord.id AS consentID, consentRecord.textVersion, consentRecord.recordedBy, consentRecord.at
                FROM outbox
                JOIN faceTemplate ON faceTemplate.id = outbox.itemID
                JOIN consentRecord ON consentRecord.id = faceTemplate.consentID
                WHERE outbox.itemKind = 'enrolment' AND outbox.state = 'pending'
                    AND (outbox.nextAttemptAt IS NULL OR outbox.nextAttemptAt <= ?)
                ORDER BY outbox.id LIMIT ?
                """, arguments: [now, limit]).map { row in
                    EnrolmentRow(id: row["id"], employeeCode: row["employeeCode"], sealed: row["sealed"], createdAt: row["createdAt"],
                                 consentID: row["consentID"], textVersion: row["textVersion"], recordedBy: row["recordedBy"],
                                 at: row["at"])
                }
        }
        return try rows.compactMap { row in
            guard let id = UUID(uuidString: row.id), let consentID = UUID(uuidString: row.consentID) else { return nil }
            let vector = try cipher.open(row.sealed, id: row.id, employeeCode: row.employeeCode)
            return PendingEnrolment(id: id, employee: EmployeeCode(row.employeeCode), vector: vector, enrolledAt: row.createdAt,
                                    consentID: consentID,
                                    consent: BiometricConsent(textVersion: row.textVersion, recordedBy: EmployeeCode(row.recordedBy),
                                                              at: row.at))
        }
    }

    /// Enrolments recorded here and not yet acknowledged by the server (pending or sent).
    public func unacknowledgedEnrolmentCount() async throws -> Int {
        try await read("unacknowledged enrolments") { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox WHERE itemKind = 'enrolment' AND state != 'acknowledged'") ?? 0
        }
    }
}

/// One due enrolment as read, still sealed.
private struct EnrolmentRow: Sendable {
    var id: String
    var employeeCode: String
    var sealed: Data
    var createdAt: Date
    var consentID: String
    var textVersion: String
    var recordedBy: String
    var at: Date
}
