public import Foundation
public import Attendance
import GRDB

// MARK: - Review of doubtful punches

extension KioskStore {
    /// The audit action that records a supervisor confirming a doubtful punch; its detail starts with the
    /// punch's UUID, which is how a confirmed punch leaves the queue (the audit log is append-only).
    public static let reviewConfirmAction = "review.confirm"

    /// This kiosk's punches (the `punch` table holds only its own) flagged `.doubtful` on `since` or later that no supervisor reviewed yet: neither
    /// confirmed (``confirmDoubtfulPunch(_:supervisor:now:)``) nor voided by a correction. Oldest first.
    public func punchesToReview(since: LocalDate) async throws -> [Punch] {
        let doubtful = PunchFlags.doubtful.rawValue
        return try await read("punches to review") { db in
            let reviewed = try Self.reviewedPunchIDs(db)
            return try PunchRecord.fetchAll(db, sql: """
                SELECT * FROM punch WHERE localDate >= ? AND (flags & ?) <> 0 ORDER BY instantMs, sequence
                """, arguments: [since.description, doubtful])
                .filter { !reviewed.contains($0.id) }
                .compactMap(\.punch)
        }
    }

    /// Records that `supervisor` looked at doubtful punch `punchID` and it stands: an append-only audit entry
    /// (``reviewConfirmAction``); the punch itself is never changed.
    ///
    /// - Throws: ``StoreError`` `invalidCorrection` (not a supervisor, unknown punch, not flagged doubtful,
    ///   already reviewed).
    @discardableResult
    public func confirmDoubtfulPunch(_ punchID: UUID, supervisor: EmployeeCode, now: Date = Date()) async throws -> AuditEntry {
        try await write("review \(punchID)") { db in
            guard let boss = try EmployeeRecord.fetchOne(db, key: supervisor.rawValue), boss.active,
                  [Role.supervisor.rawValue, Role.administrador.rawValue].contains(boss.role)
            else { throw StoreError(.invalidCorrection, context: "'\(supervisor)' no es supervisor / is not a supervisor") }
            guard let punch = try PunchRecord.fetchOne(db, key: punchID.uuidString)?.punch else {
                throw StoreError(.invalidCorrection, context: "fichaje/punch \(punchID) no existe / not found")
            }
            guard punch.flags.contains(.doubtful) else {
                throw StoreError(.invalidCorrection, context: "fichaje/punch \(punchID) no es dudoso / is not doubtful")
            }
            guard !(try Self.reviewedPunchIDs(db).contains(punchID.uuidString)) else {
                throw StoreError(.invalidCorrection, context: "fichaje/punch \(punchID) ya revisado / already reviewed")
            }
            return try Self.appendAudit(db, actor: supervisor, action: Self.reviewConfirmAction,
                                        detail: "\(punchID.uuidString) \(punch.employee) \(punch.localDate): confirmado / confirmed",
                                        now: now)
        }
    }

    /// UUIDs of punches confirmed in the audit log or voided by a correction.
    private static func reviewedPunchIDs(_ db: Database) throws -> Set<String> {
        let confirmed = try String.fetchAll(db, sql: "SELECT detail FROM auditLog WHERE action = ?", arguments: [reviewConfirmAction])
            .map { String($0.prefix(36)) }
        let voided = try String.fetchAll(db, sql: "SELECT voidedPunchID FROM correction WHERE voidedPunchID IS NOT NULL")
        return Set(confirmed).union(voided)
    }
}
