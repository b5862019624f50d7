public import Foundation
import Attendance
import GRDB

// MARK: - Enrolments the server refused

extension KioskStore {
    /// Removes templates the server refused for good (their face is already another employee's at the site),
    /// in one transaction: the templates and their outbox rows go, and each employee concerned gets an alarm
    /// for the supervisor and an audit entry with the server's reason. Unknown ids (already removed) are
    /// skipped, so applying the same answer twice changes nothing.
    ///
    /// - Returns: How many templates were removed.
    @discardableResult
    public func removeRejectedEnrolments(_ rejections: [RejectedEnrolment], now: Date = Date()) async throws -> Int {
        guard !rejections.isEmpty else { return 0 }
        return try await write("remove rejected enrolments") { db in
            var removedByEmployee: [String: (count: Int, reason: String)] = [:]
            for rejection in rejections {
                guard let code = try String.fetchOne(db, sql: "SELECT employeeCode FROM faceTemplate WHERE id = ?",
                                                     arguments: [rejection.id.uuidString]) else { continue }
                try db.execute(sql: "DELETE FROM faceTemplate WHERE id = ?", arguments: [rejection.id.uuidString])
                try db.execute(sql: "DELETE FROM outbox WHERE itemKind = 'enrolment' AND itemID = ?", arguments: [rejection.id.uuidString])
                removedByEmployee[code, default: (0, rejection.reason)].count += 1
            }
            for (code, removed) in removedByEmployee.sorted(by: { $0.key < $1.key }) {
                let remaining = try FaceTemplateRecord.filter(FaceTemplateRecord.Columns.employeeCode == code).fetchCount(db)
                let detail = "\(code): \(removed.count) templates removed here, \(remaining) left; the server said: \(removed.reason)"
                var alarm = AlarmRecord(kind: AlarmKind.enrolmentRejected.rawValue, detail: detail, raisedAt: now)
                try alarm.insert(db)
                try Self.appendAudit(db, actor: AuditEntry.systemActor, action: "biometrics.enrol.rejected-by-server",
                                     detail: detail, now: now)
            }
            return removedByEmployee.values.reduce(0) { $0 + $1.count }
        }
    }
}
