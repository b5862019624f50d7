public import Attendance
public import Foundation
import GRDB

// MARK: - Corrections and consent withdrawals to upload

extension KioskStore {
    /// Corrections made here whose outbox row is due, oldest first, with the day each corrects: what the sync
    /// client uploads next. Mark them with ``markOutbox(_:kind:as:error:nextAttemptAt:now:)`` and kind `.correction`.
    public func dueCorrections(now: Date = Date(), limit: Int = 500) async throws -> [(correction: Correction, localDate: LocalDate)] {
        try await read("due corrections") { db in
            try CorrectionRecord.fetchAll(db, sql: """
                SELECT correction.* FROM outbox JOIN correction ON correction.id = outbox.itemID
                WHERE outbox.itemKind = 'correction' AND outbox.state = 'pending'
                    AND (outbox.nextAttemptAt IS NULL OR outbox.nextAttemptAt <= ?)
                ORDER BY outbox.id LIMIT ?
                """, arguments: [now, limit]).compactMap { record in
                    guard let correction = record.correction, let day = LocalDate(record.localDate) else { return nil }
                    return (correction, day)
                }
        }
    }

    /// Consent withdrawals recorded here whose outbox row is due, oldest first.
    public func dueConsentWithdrawals(now: Date = Date(), limit: Int = 500)
        async throws -> [(id: UUID, employee: EmployeeCode, recordedBy: EmployeeCode, at: Date)] {
        try await read("due consent withdrawals") { db in
            try ConsentRecord.fetchAll(db, sql: """
                SELECT consentRecord.* FROM outbox JOIN consentRecord ON consentRecord.id = outbox.itemID
                WHERE outbox.itemKind = 'consentWithdrawal' AND outbox.state = 'pending'
                    AND (outbox.nextAttemptAt IS NULL OR outbox.nextAttemptAt <= ?)
                ORDER BY outbox.id LIMIT ?
                """, arguments: [now, limit]).compactMap { record in
                    guard let id = UUID(uuidString: record.id) else { return nil }
                    return (id, EmployeeCode(record.employeeCode), EmployeeCode(record.recordedBy), record.at)
                }
        }
    }
}
